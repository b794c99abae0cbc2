// parallax-cli: the headless tool over a Parallax library.
#include "clicontext.h"
#include "commands.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax::cli;

namespace parallax::cli {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {u"import"_s, u"import PATH..."_s, u"Import article files and folders."_s, configureImport,
         runImport},
        {u"import-url"_s, u"import-url URL..."_s, u"Fetch web pages and import their articles."_s,
         configureImportUrl, runImportUrl},
        {u"feed"_s, u"feed add|list|remove|refresh"_s,
         u"Subscribe to news feeds and fetch their new articles."_s, configureFeed, runFeed},
        {u"list"_s, u"list"_s, u"List the articles."_s, configureList, runList},
        {u"show"_s, u"show ID"_s, u"Show one article with its text."_s, configureShow, runShow},
        {u"search"_s, u"search QUERY..."_s, u"Full-text search, best matches first."_s,
         configureSearch, runSearch},
        {u"set"_s, u"set ID --FIELD VALUE..."_s, u"Change an article's metadata."_s, configureSet,
         runSet},
        {u"rm"_s, u"rm ID"_s, u"Remove an article."_s, configureRemove, runRemove},
        {u"stats"_s, u"stats"_s, u"Summarise the library."_s, configureStats, runStats},
        {u"analyze"_s, u"analyze FILE..."_s, u"Find quotations, speakers and places in files."_s,
         configureAnalyze, runAnalyze},
        {u"eval"_s, u"eval --gold DIR --articles DIR"_s,
         u"Score the analysis against gold annotations."_s, configureEval, runEval},
        {u"reanalyze"_s, u"reanalyze [ID...]"_s,
         u"Analyse articles again, keeping the user's annotations."_s, configureReanalyze,
         runReanalyze},
        {u"export"_s, u"export --format F [--articles IDS | --claims IDS | --code ID] -o OUT"_s,
         u"Export reports or data: markdown, html, pdf, csv, json, qdpx, qdc, w3c, claimreview."_s,
         configureExport, runExport},
        {u"import-qdpx"_s, u"import-qdpx FILE"_s, u"Import a REFI-QDA project into the library."_s,
         configureImportQdpx, runImportQdpx},
        {u"import-qdc"_s, u"import-qdc FILE"_s,
         u"Merge a REFI-QDA codebook (.qdc) into the library's codebook."_s, configureImportQdc,
         runImportQdc},
        {u"check"_s, u"check"_s, u"Check the library file for damage."_s, configureCheck, runCheck},
        {u"salvage"_s, u"salvage NEW"_s,
         u"Copy what can be read from a damaged library into a new one."_s, configureSalvage,
         runSalvage},
    };
    return table;
}

} // namespace parallax::cli

namespace {

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({u"library"_s,
                      u"The library file (default: %1)."_s.arg(parallax::Database::defaultPath()),
                      u"PATH"_s});
    parser.addOption({u"json"_s, u"Print stable JSON instead of text."_s});
    parser.addOption({u"quiet"_s, u"Print less: no progress, only failures."_s});
}

QString generalHelp()
{
    QString text =
        u"Usage: parallax-cli [--library PATH] [--json] <command> [options] [args]\n\n"
        u"Parallax keeps news articles in a library file and compares their coverage.\n\n"
        u"Commands:\n"_s;
    for (const Command &command : commands()) {
        // A synopsis too long for its column goes on a line of its own.
        if (command.synopsis.size() >= 34)
            text +=
                u"  %1\n  %2%3\n"_s.arg(command.synopsis, QString(34, u' '), command.description);
        else
            text += u"  %1%2\n"_s.arg(command.synopsis.leftJustified(34), command.description);
    }
    text += u"\nOptions for every command:\n"
            u"  --library PATH  The library file (default: %1).\n"
            u"  --json          Print stable JSON on stdout.\n"
            u"  --quiet         No progress; report only failures.\n"
            u"  -h, --help      Help; 'parallax-cli <command> --help' for one command.\n"
            u"  -v, --version   Version.\n\n"
            u"Exit status: 0 success, 1 some inputs failed, 2 usage error.\n"_s.arg(
                parallax::Database::defaultPath());
    return text;
}

void write(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    // Progress and results are the output; library chatter stays off unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"parallax.*.info=false\nparallax.*.debug=false"_s);

    QStringList args = QCoreApplication::arguments();
    QString commandName;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == "--library"_L1) {
            ++i;
        } else if (!args[i].startsWith(u'-')) {
            commandName = args.takeAt(i);
            break;
        }
    }
    if (commandName == "help"_L1) {
        commandName = args.size() > 1 && !args[1].startsWith(u'-') ? args.takeAt(1) : QString();
        args.append(u"--help"_s);
    }
    if (commandName.isEmpty()) {
        if (args.contains(u"--version"_s) || args.contains(u"-v"_s)) {
            write(stdout, u"parallax-cli %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return Success;
        }
        const bool asked = args.contains(u"--help"_s) || args.contains(u"-h"_s);
        write(asked ? stdout : stderr, generalHelp());
        return asked ? Success : UsageError;
    }
    const auto found = std::find_if(commands().cbegin(), commands().cend(),
                                    [&](const Command &c) { return c.name == commandName; });
    if (found == commands().cend()) {
        write(stderr, u"parallax-cli: unknown command '%1'\n\n"_s.arg(commandName) + generalHelp());
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(found->description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    parser.addHelpOption();
    parser.addPositionalArgument(found->name, found->description, found->name);
    found->configure(parser);
    Context context(parser, *found);
    if (!parser.parse(args))
        return context.usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        write(stdout, parser.helpText());
        return Success;
    }
    return found->run(context);
}
