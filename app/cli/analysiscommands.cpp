// parallax-cli analyze FILE... | eval --gold DIR --articles DIR | reanalyze [ID...]
// analyze and eval work on files, without a library.
#include "analysis/evaluation.h"
#include "clicontext.h"
#include "commands.h"
#include "import/articlereader.h"
#include "import/fileanalysis.h"
#include "import/reanalyser.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

QString describeAnalysis(const QJsonObject &json)
{
    QStringList lines{json.value(u"article"_s).toString()};
    for (const QJsonValue &value : json.value(u"quotes"_s).toArray()) {
        const QJsonObject quote = value.toObject();
        const QString speaker = quote.value(u"speaker"_s).toString();
        lines << u"  quote @%1 %2%3: \"%4\""_s.arg(quote.value(u"start"_s).toInteger())
                     .arg(speaker.isEmpty() ? u"(no speaker)"_s : speaker,
                          quote.value(u"kind"_s).toString() == u"term"_s ? u" [term]"_s
                          : quote.value(u"short"_s).toBool()             ? u" [short]"_s
                                                                         : QString(),
                          quote.value(u"text"_s).toString().simplified());
    }
    for (const QJsonValue &value : json.value(u"places"_s).toArray()) {
        const QJsonObject place = value.toObject();
        lines << u"  place @%1 %2 -> %3 (%4)%5"_s.arg(place.value(u"start"_s).toInteger())
                     .arg(place.value(u"mention"_s).toString(),
                          place.value(u"canonical"_s).toString(), place.value(u"kind"_s).toString(),
                          place.value(u"metonym"_s).toBool() ? u" metonym"_s : QString());
    }
    return lines.join(u'\n');
}

QString percent(double value)
{
    return QString::number(value, 'f', 3);
}

QString evaluationRow(const QString &name, const analysis::EvaluationCounts &counts)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(name.left(34).leftJustified(34))
        .arg(percent(counts.quotePrecision()), 7)
        .arg(percent(counts.quoteRecall()), 7)
        .arg(percent(counts.quoteF1()), 7)
        .arg(percent(counts.speakerAccuracy()), 8)
        .arg(percent(counts.placePrecision()), 7)
        .arg(percent(counts.placeRecall()), 7)
        .arg(percent(counts.placeF1()), 7)
        .arg(percent(counts.canonicalAccuracy()), 9);
}

} // namespace

void configureAnalyze(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"Article files (.txt, .md, .html, .htm)."_s,
                                 u"FILE..."_s);
}

int runAnalyze(Context &context)
{
    const QStringList files = context.parser().positionalArguments();
    if (files.isEmpty())
        return context.usage(u"analyze needs at least one file"_s);
    const analysis::Analyser analyser;
    QJsonArray results;
    QStringList text;
    int status = Success;
    for (const QString &file : files) {
        Result<QJsonObject> json = analyseFile(file, analyser, kDefaultMaxFileBytes);
        if (!json) {
            status = context.fail(InputsFailed, json.error());
            continue;
        }
        results.append(*json);
        text << describeAnalysis(*json);
    }
    if (results.isEmpty())
        return status;
    if (files.size() == 1)
        context.print(results.first().toObject(), text.join(u'\n'));
    else
        context.print(QJsonObject{{u"articles"_s, results}}, text.join(u"\n\n"_s));
    return status;
}

void configureEval(QCommandLineParser &parser)
{
    parser.addOption({u"gold"_s, u"Folder of gold annotation files (*.json)."_s, u"DIR"_s});
    parser.addOption(
        {u"articles"_s, u"Folder holding the articles the gold files name."_s, u"DIR"_s});
    parser.addOption({u"details"_s, u"List every difference from the gold annotations."_s});
}

int runEval(Context &context)
{
    const QString goldDir = context.parser().value(u"gold"_s);
    const QString articlesDir = context.parser().value(u"articles"_s);
    if (goldDir.isEmpty() || articlesDir.isEmpty())
        return context.usage(u"eval needs --gold DIR and --articles DIR"_s);
    const QStringList goldFiles = QDir(goldDir).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (goldFiles.isEmpty())
        return context.fail(InputsFailed, Error{ErrorCode::NotFound,
                                                u"no gold files (*.json) in %1"_s.arg(goldDir)});

    const analysis::Analyser analyser;
    analysis::EvaluationCounts total;
    QJsonArray rows;
    QStringList lines{u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(
        u"file"_s.leftJustified(34), u"quote-P"_s.rightJustified(7), u"quote-R"_s.rightJustified(7),
        u"quote-F1"_s.rightJustified(7), u"speaker"_s.rightJustified(8),
        u"place-P"_s.rightJustified(7), u"place-R"_s.rightJustified(7),
        u"place-F1"_s.rightJustified(7), u"canonical"_s.rightJustified(9))};
    int status = Success;
    for (const QString &name : goldFiles) {
        QFile file(QDir(goldDir).filePath(name));
        QJsonParseError parseError;
        const QJsonDocument gold = file.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                       : QJsonDocument();
        if (!gold.isObject()) {
            status = context.fail(InputsFailed,
                                  Error{ErrorCode::InvalidInput,
                                        u"%1: not a gold annotation file"_s.arg(file.fileName())});
            continue;
        }
        const QString article =
            QDir(articlesDir).filePath(gold.object().value(u"article"_s).toString());
        Result<QJsonObject> predicted = analyseFile(article, analyser, kDefaultMaxFileBytes);
        if (!predicted) {
            status = context.fail(InputsFailed, predicted.error());
            continue;
        }
        const analysis::EvaluationCounts counts = analysis::evaluate(gold.object(), *predicted);
        total += counts;
        QJsonObject row = counts.toJson();
        row.insert(u"article"_s, gold.object().value(u"article"_s));
        const QStringList differences = analysis::evaluationDifferences(gold.object(), *predicted);
        if (context.parser().isSet(u"details"_s))
            row.insert(u"differences"_s, QJsonArray::fromStringList(differences));
        rows.append(row);
        lines << evaluationRow(gold.object().value(u"article"_s).toString(), counts);
        if (context.parser().isSet(u"details"_s))
            for (const QString &difference : differences)
                lines << u"    "_s + difference;
    }
    lines << evaluationRow(u"TOTAL"_s, total);
    context.print(QJsonObject{{u"files"_s, rows}, {u"total"_s, total.toJson()}}, lines.join(u'\n'));
    return status;
}

void configureReanalyze(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ID"_s, u"Articles to analyse again (default: all)."_s,
                                 u"[ID...]"_s);
}

int runReanalyze(Context &context)
{
    QList<qint64> ids;
    for (const QString &arg : context.parser().positionalArguments()) {
        const std::optional<qint64> id = parseId(arg);
        if (!id)
            return context.usage(u"'%1' is not an article id"_s.arg(arg));
        ids.append(*id);
    }
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const Result<ReanalysisReport> report =
        reanalyse(*library, ids, [&](qsizetype done, qsizetype total) {
            context.progress(u"analysed %1 of %2 articles"_s.arg(done).arg(total));
        });
    if (!report)
        return context.fail(InputsFailed, report.error());
    context.print(
        QJsonObject{{u"articles"_s, report->articles},
                    {u"replaced"_s, report->removed},
                    {u"kept"_s, report->kept},
                    {u"analyser_version"_s, analysis::kAnalyserVersion}},
        u"Analysed %1 articles: %2 auto annotations replaced, %3 annotations kept as they were."_s
            .arg(report->articles)
            .arg(report->removed)
            .arg(report->kept));
    return Success;
}

} // namespace parallax::cli
