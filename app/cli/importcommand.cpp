// parallax-cli import PATH...
#include "clicontext.h"
#include "commands.h"
#include "import/importer.h"
#include "jsonview.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QLocale>
#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

std::optional<qint64> parseSize(const QString &text)
{
    static const QList<QPair<QString, qint64>> units{
        {u"k"_s, 1024LL}, {u"m"_s, 1024LL * 1024}, {u"g"_s, 1024LL * 1024 * 1024}};
    QString number = text.trimmed().toLower();
    if (number.endsWith(u'b'))
        number.chop(1);
    qint64 factor = 1;
    for (const auto &[suffix, value] : units) {
        if (number.endsWith(suffix)) {
            factor = value;
            number.chop(1);
        }
    }
    bool ok = false;
    const double size = number.toDouble(&ok);
    if (!ok || size <= 0)
        return std::nullopt;
    return qint64(size * double(factor));
}

} // namespace

void configureImport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"PATH"_s,
                                 u"Files (.txt, .md, .html, .htm) or folders, searched "
                                 u"recursively."_s,
                                 u"PATH..."_s);
    parser.addOption({u"max-size"_s,
                      u"Refuse files larger than SIZE (bytes, or with K, M, G; default 20M)."_s,
                      u"SIZE"_s});
}

int runImport(Context &context)
{
    const QStringList paths = context.parser().positionalArguments();
    if (paths.isEmpty())
        return context.usage(u"import needs at least one file or folder"_s);
    ImportOptions options;
    if (context.parser().isSet(u"max-size"_s)) {
        const auto size = parseSize(context.parser().value(u"max-size"_s));
        if (!size)
            return context.usage(u"--max-size wants a size such as 5000000, 512K or 20M"_s);
        options.maxFileBytes = *size;
    }
    Database *library = context.library();
    if (!library)
        return InputsFailed;

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto progress = [&context](qsizetype done, qsizetype total) {
        if (total >= 1000)
            context.progress(u"importing: %1 of %2 files"_s.arg(done).arg(total));
    };
    const ImportReport report = Importer(*library, options).run(paths, progress, &g_interrupted);
    if (report.files.size() >= 1000 && !context.quiet())
        context.progress(u"importing: done\n"_s);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    QJsonArray files;
    QStringList lines;
    for (const FileImportResult &result : report.files) {
        files.append(importResultJson(result));
        if (!context.quiet() || result.outcome == ImportOutcome::Failed)
            lines.append(importResultLine(result));
    }
    const int imported = report.count(ImportOutcome::Imported);
    const int duplicates = report.count(ImportOutcome::Duplicate);
    const int failed = report.count(ImportOutcome::Failed);
    const int skipped = report.count(ImportOutcome::Skipped);
    lines.append(u"%1 imported, %2 duplicate, %3 failed%4%5"_s.arg(imported)
                     .arg(duplicates)
                     .arg(failed)
                     .arg(skipped > 0 ? u", %1 skipped"_s.arg(skipped) : QString(),
                          report.cancelled ? u" (cancelled)"_s : QString()));
    context.print(QJsonObject{{u"files"_s, files},
                              {u"imported"_s, imported},
                              {u"duplicates"_s, duplicates},
                              {u"failed"_s, failed},
                              {u"skipped"_s, skipped},
                              {u"cancelled"_s, report.cancelled}},
                  lines.join(u'\n'));
    return failed > 0 ? InputsFailed : Success;
}

} // namespace parallax::cli
