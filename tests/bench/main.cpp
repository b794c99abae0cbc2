// parallax-bench: analyser throughput, import (with analysis) against the plain SQLite floor,
// and search latency.
#include "analysis/analyser.h"
#include "analysis/gazetteer.h"
#include "corpusgenerator.h"
#include "import/articlereader.h"
#include "import/importer.h"
#include "pagebench.h"
#include "sqlitefloor.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[index];
}

bool runSize(int count, int queryCount, const QString &base)
{
    const QString folder = u"%1/articles-%2"_s.arg(base).arg(count);
    QElapsedTimer timer;
    timer.start();
    const bench::GeneratedCorpus corpus = bench::generateCorpus(folder, count, 20240614u);
    std::printf("N=%d: generated %.1f MB in %.1f s\n", count, double(corpus.bytes) / 1e6,
                double(timer.elapsed()) / 1000.0);
    // Let the generated files reach the disk, so their writeback does not slow the import.
    ::sync();

    // Reading and parsing alone, on one thread: the part of import that runs beside the writer.
    timer.restart();
    for (const QString &path : corpus.paths) {
        if (!readArticleFile(path))
            return false;
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The analyser alone, on one thread, over the same texts.
    const analysis::Analyser analyser;
    QStringList texts;
    qint64 textBytes = 0;
    for (const QByteArray &bytes : corpus.texts) {
        texts.append(QString::fromUtf8(bytes));
        textBytes += bytes.size();
    }
    analyser.analyse(texts.front()); // loads the gazetteer and registry once
    qsizetype quotes = 0;
    qsizetype places = 0;
    timer.restart();
    for (const QString &text : std::as_const(texts)) {
        const analysis::Analysis found = analyser.analyse(text);
        quotes += found.quotes.size();
        places += found.places.size();
    }
    const double analyseSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("N=%d: analyser alone %.2f s for %.1f MB: %.1f MB/s on one thread, "
                "%.3f ms/article (%.1f quotes, %.1f places per article)\n",
                count, analyseSeconds, double(textBytes) / 1e6,
                double(textBytes) / 1e6 / analyseSeconds, 1000.0 * analyseSeconds / count,
                double(quotes) / count, double(places) / count);

    if (count <= 10000) {
        // Import without analysis, for comparison.
        timer.restart();
        auto plain = Database::open(u"%1/plain-%2.sqlite"_s.arg(base).arg(count));
        if (!plain)
            return false;
        ImportOptions options;
        options.analyse = false;
        Importer(**plain, options).run({folder});
        std::printf("N=%d: import without analysis %.2f s\n", count,
                    double(timer.nsecsElapsed()) / 1e9);
    }

    if (count <= 10000) {
        // How long an edit in the window waits for the write lock while an import runs: a
        // second connection takes the lock every few milliseconds during the import.
        for (const int batch : {1000, 50}) {
            auto importing =
                Database::open(u"%1/batch-%2-%3.sqlite"_s.arg(base).arg(batch).arg(count));
            if (!importing)
                return false;
            std::atomic<bool> done{false};
            double longestMs = 0;
            int edits = 0;
            std::thread editor([&] {
                auto own = (*importing)->openAnotherConnection();
                if (!own)
                    return;
                QElapsedTimer wait;
                while (!done.load()) {
                    wait.restart();
                    Transaction edit((*own)->connectionName());
                    if (edit.status() && edit.commit()) {
                        longestMs = std::max(longestMs, double(wait.nsecsElapsed()) / 1e6);
                        ++edits;
                    }
                    QThread::msleep(5);
                }
            });
            timer.restart();
            ImportOptions options;
            options.batchSize = batch;
            Importer(**importing, options).run({folder});
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            done = true;
            editor.join();
            std::printf("N=%d: import in batches of %d %.2f s; longest wait of %d edits meanwhile "
                        "%.0f ms\n",
                        count, batch, seconds, edits, longestMs);
        }
    }

    // Ours, end to end: open a new library, walk the folder, read, decode, normalise, analyse,
    // store articles and annotations.
    timer.restart();
    auto library = Database::open(u"%1/library-%2.sqlite"_s.arg(base).arg(count));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().message));
        return false;
    }
    const ImportReport report = Importer(**library).run({folder});
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (report.count(ImportOutcome::Imported) != count) {
        std::fprintf(stderr, "only %d of %d imported\n", report.count(ImportOutcome::Imported),
                     count);
        return false;
    }

    const double floorSeconds =
        bench::sqliteFloorSeconds(u"%1/floor-%2.sqlite"_s.arg(base).arg(count), corpus.texts);
    if (floorSeconds < 0)
        return false;
    // The findings import stored, and what that many rows cost SQLite at the least.
    const qint64 annotationRows = [&] {
        QSqlQuery query((*library)->handle());
        return query.exec(u"SELECT count(*) FROM annotations"_s) && query.next()
                   ? query.value(0).toLongLong()
                   : 0;
    }();
    const QString rowsFloorPath = u"%1/rows-floor-%2.sqlite"_s.arg(base).arg(count);
    if (!Database::open(rowsFloorPath))
        return false;
    const double rowsFloorSeconds = bench::annotationFloorSeconds(rowsFloorPath, annotationRows);

    ArticleStore articles(**library);
    QList<double> latencies;
    int totalHits = 0;
    for (const QString &query : bench::generateQueries(queryCount, 7u)) {
        timer.restart();
        const auto hits = articles.search(query, 20);
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
        if (!hits)
            return false;
        totalHits += int(hits->size());
    }

    // What every write transaction adds to make sure the library's locks are still held,
    // against the cheapest write transaction SQLite has (BEGIN IMMEDIATE; COMMIT).
    constexpr int kChecks = 2000;
    timer.restart();
    for (int i = 0; i < kChecks; ++i)
        if (!(*library)->checkLocks())
            return false;
    const double checkMicros = double(timer.nsecsElapsed()) / 1e3 / kChecks;
    timer.restart();
    for (int i = 0; i < kChecks; ++i) {
        QSqlQuery begin((*library)->handle());
        if (!begin.exec(u"BEGIN IMMEDIATE"_s) || !begin.exec(u"COMMIT"_s))
            return false;
    }
    const double emptyWriteMicros = double(timer.nsecsElapsed()) / 1e3 / kChecks;

    const double rate = count / importSeconds;
    const double floorRate = count / floorSeconds;
    std::printf(
        "N=%d: import with analysis %.2f s, %.0f articles/s, %.3f ms/article | floor %.2f s, "
        "%.0f articles/s | ours/floor %.2fx\n",
        count, importSeconds, rate, 1000.0 * importSeconds / count, floorSeconds, floorRate,
        rate / floorRate);
    std::printf(
        "N=%d: %lld annotation rows stored (%.1f per article); plain SQLite needs %.2f s "
        "for that many rows in the same table, and %.2f s for the articles: a floor of %.2f s\n",
        count, annotationRows, double(annotationRows) / count, rowsFloorSeconds, floorSeconds,
        rowsFloorSeconds + floorSeconds);
    std::printf("N=%d: read+parse alone %.3f ms/article on one thread\n", count,
                1000.0 * parseSeconds / count);
    std::printf("N=%d: lock check %.1f us per write transaction; an empty write transaction "
                "takes %.1f us\n",
                count, checkMicros, emptyWriteMicros);
    std::printf("N=%d: search over %d queries: p50 %.2f ms, p95 %.2f ms (%.1f hits/query)\n\n",
                count, queryCount, percentile(latencies, 0.50), percentile(latencies, 0.95),
                double(totalHits) / qMax(1, queryCount));
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parallax-bench"_s);
    QLoggingCategory::setFilterRules(u"parallax.*.info=false"_s);
    {
        // The analyser's data, read once per process: the gazetteer, the people and the words.
        QElapsedTimer load;
        load.start();
        const analysis::Analyser analyser;
        analyser.analyse(u"Warm-up."_s);
        std::printf("analyser data loaded in %.1f ms (gazetteer of %lld places)\n",
                    double(load.nsecsElapsed()) / 1e6,
                    qlonglong(analysis::Gazetteer::bundled()->places().size()));
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures import and search speed of Parallax."_s);
    parser.addHelpOption();
    parser.addOption(
        {u"sizes"_s, u"Comma-separated article counts."_s, u"N,N,..."_s, u"1000,10000,100000"_s});
    parser.addOption({u"queries"_s, u"Search queries per size."_s, u"N"_s, u"100"_s});
    parser.addOption(
        {u"dir"_s, u"Work folder (default: a temporary one, removed after)."_s, u"PATH"_s});
    parser.addOption({u"pages"_s,
                      u"Also measure article extraction over the saved pages in a folder."_s,
                      u"DIR"_s});
    parser.process(app);
    if (parser.isSet(u"pages"_s) && !bench::runPageBench(parser.value(u"pages"_s), 3))
        return 1;

    QTemporaryDir temporary;
    const QString base = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const int queries = qMax(1, parser.value(u"queries"_s).toInt());
    std::printf("parallax-bench: %d hardware threads\n\n", QThread::idealThreadCount());
    for (const QString &size : parser.value(u"sizes"_s).split(u',', Qt::SkipEmptyParts)) {
        const int count = size.toInt();
        if (count <= 0 || !runSize(count, queries, base))
            return 1;
    }
    return 0;
}
