// parallax-gui-bench: how fast the reader is on a large library: window start, opening a
// small and a huge annotated article, aligning two articles and finding a statement across
// the library. Prints its figures; it is not a test.
#include "../corpusgenerator.h"
#include "align/statementsearch.h"
#include "comparison/comparison.h"
#include "editing/editsession.h"
#include "import/importer.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reading/readingpane.h"
#include "session/libraryhost.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double p95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(qMin(values.size() - 1, qsizetype(double(values.size()) * 0.95)));
}

bool buildLibrary(const QString &path, int count)
{
    auto library = Database::open(path);
    if (!library)
        return false;
    QTemporaryDir scratch;
    constexpr int kChunk = 10000;
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count; done += kChunk) {
        const int n = qMin(kChunk, count - done);
        const QString folder = scratch.filePath(u"chunk%1"_s.arg(done));
        const bench::GeneratedCorpus corpus =
            bench::generateCorpus(folder, n, 1000u + quint32(done));
        const ImportReport report = Importer(**library).run(corpus.paths);
        QDir(folder).removeRecursively();
        std::printf("  built %d of %d articles (%.0f s)\n", done + n, count,
                    double(timer.elapsed()) / 1000);
        std::fflush(stdout);
        if (report.count(ImportOutcome::Imported) == 0)
            return false;
    }
    return true;
}

// An article of about bodyBytes with annotationCount spans spread evenly over it.
qint64 addAnnotatedArticle(const Database &library, int bodyBytes, int annotationCount,
                           quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList words = {u"Kyiv"_s,   u"ceasefire"_s, u"troops"_s,      u"withdraw"_s,
                               u"the"_s,    u"said"_s,      u"territories"_s, u"negotiations"_s,
                               u"Moscow"_s, u"statement"_s};
    QString body;
    while (body.size() < bodyBytes) {
        for (int w = 0; w < 14; ++w)
            body += words.at(random.bounded(words.size())) + u' ';
        body += u".\n\n"_s;
    }
    Article article;
    article.title = u"Benchmark article %1"_s.arg(seed);
    article.body = body;
    article.language = u"en"_s;
    article.contentHash = ArticleStore::hashBody(body);
    Transaction transaction(library.connectionName());
    auto stored = ArticleStore(library).insert(article);
    if (!stored)
        qFatal("cannot store article: %s", qPrintable(stored.error().message));
    if (stored->duplicate) // added by an earlier run on the same library
        return stored->id;
    AnnotationStore annotations(library);
    const qsizetype step = body.size() / annotationCount;
    const AnnotationKind kinds[3] = {AnnotationKind::PlaceMention, AnnotationKind::Quote,
                                     AnnotationKind::SpeakerMention};
    for (int i = 0; i < annotationCount; ++i) {
        Annotation a;
        a.articleId = stored->id;
        a.start = i * step;
        a.end = a.start + qMin<qsizetype>(step - 1, 12);
        a.exact = body.mid(a.start, a.end - a.start);
        a.kind = kinds[i % 3];
        a.origin = AnnotationOrigin::Auto;
        if (!annotations.insert(a))
            qFatal("cannot store annotation");
    }
    if (!transaction.commit())
        qFatal("cannot commit");
    return stored->id;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"parallax.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"articles"_s, u"Library size (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"library"_s, u"Library to use; built first when missing."_s, u"PATH"_s});
    parser.addOption({u"queries"_s, u"Statements to look up (default 20)."_s, u"N"_s, u"20"_s});
    parser.process(app);
    const int count = parser.value(u"articles"_s).toInt();
    QTemporaryDir dir;
    QString path = parser.value(u"library"_s);
    if (path.isEmpty())
        path = dir.filePath(u"bench.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        std::printf("building a library of %d articles at %s\n", count, qPrintable(path));
        if (!buildLibrary(path, count))
            return 1;
    }

    {
        auto library = Database::open(path);
        QElapsedTimer listTimer;
        listTimer.start();
        const qsizetype rows = library ? ArticleStore(**library).list()->size() : 0;
        std::printf("article list query alone: %lld rows in %.0f ms\n", qlonglong(rows),
                    ms(listTimer));
    }

    // 1. Start: open the library, build the window, show it and paint the first frame.
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened)
        return 1;
    const double openMs = ms(timer);
    LibraryHost host;
    host.setLibrary(std::move(opened).value());
    auto window = std::make_unique<MainWindow>(host);
    const double listMs = ms(timer);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    settle();
    const double startMs = ms(timer);
    const Database &library = *window->library();
    const qint64 articles = *ArticleStore(library).count();
    std::printf("library: %lld articles\n", qlonglong(articles));
    std::printf("start: %.0f ms to a usable window (open %.0f ms, article list %.0f ms, first "
                "paint %.0f ms)\n",
                startMs, openMs, listMs - openMs, startMs - listMs);

    // 2. Opening annotated articles, text laid out and highlights drawn.
    const qint64 small = addAnnotatedArticle(library, 5 * 1024, 500, 7);
    const qint64 huge = addAnnotatedArticle(library, 1024 * 1024, 10000, 8);
    settle();
    for (const auto &[id, label] :
         {std::pair{small, "5 KB, 500 annotations"}, std::pair{huge, "1 MB, 10,000 annotations"}}) {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            window->showArticle(articles > 1 ? 1 : small); // leave and come back
            settle();
            timer.restart();
            window->showArticle(id);
            window->readingPane()->textView()->viewport()->repaint();
            times.append(ms(timer));
        }
        std::printf("open %s: p50 %.1f ms, max %.1f ms (%lld highlights)\n", label, median(times),
                    *std::max_element(times.cbegin(), times.cend()),
                    qlonglong(window->readingPane()->highlights().size()));
    }

    // 2b. Coding a passage and undoing it on the 500-annotation article, until the view shows it.
    {
        window->showArticle(small);
        settle();
        EditSession *session = window->editing()->session();
        const auto code = session->createCode(
            u"Benchmark code %1"_s.arg(QDateTime::currentMSecsSinceEpoch()), u"#cc8800"_s);
        QList<double> apply;
        QList<double> undo;
        for (int run = 0; run < 20 && code; ++run) {
            timer.restart();
            session->tagPassage(small, 100 + run * 50, 130 + run * 50, *code);
            window->readingPane()->textView()->viewport()->repaint();
            apply.append(ms(timer));
            timer.restart();
            session->undoStack()->undo();
            window->readingPane()->textView()->viewport()->repaint();
            undo.append(ms(timer));
        }
        std::printf("code a passage on the 500-annotation article: p50 %.1f ms, max %.1f ms; undo: "
                    "p50 %.1f ms, max %.1f ms\n",
                    median(apply), *std::max_element(apply.cbegin(), apply.cend()), median(undo),
                    *std::max_element(undo.cbegin(), undo.cend()));
    }

    // 3. Aligning two ordinary articles' quotations.
    {
        auto a = loadReadingData(library, 1);
        auto b = loadReadingData(library, 2);
        if (a && b) {
            QList<double> times;
            Comparison comparison;
            for (int run = 0; run < 50; ++run) {
                timer.restart();
                comparison.setArticles({*a, *b});
                times.append(ms(timer));
            }
            std::printf(
                "align two articles (%lld and %lld annotations): p50 %.2f ms, max %.2f ms\n",
                qlonglong(a->annotations.size()), qlonglong(b->annotations.size()), median(times),
                *std::max_element(times.cbegin(), times.cend()));
        }
    }

    // 4. "Find this statement" over the whole library.
    {
        QRandomGenerator random(42);
        QList<double> times;
        qsizetype found = 0;
        const int queries = parser.value(u"queries"_s).toInt();
        for (int q = 0; q < queries; ++q) {
            const qint64 articleId = 1 + random.bounded(qMax<qint64>(1, articles - 2));
            auto quotes = AnnotationStore(library).ofKindIn({articleId}, AnnotationKind::Quote);
            if (!quotes || quotes->isEmpty())
                continue;
            const Annotation &quote = quotes->at(random.bounded(quotes->size()));
            timer.restart();
            auto matches = align::findStatement(
                library, {quote.id, quote.articleId, quote.exact, quote.personId, {}});
            times.append(ms(timer));
            if (matches)
                found += matches->size();
        }
        std::printf("find statement over %lld articles: p50 %.1f ms, p95 %.1f ms (%d queries, %lld "
                    "matches)\n",
                    qlonglong(articles), median(times), p95(times), int(times.size()),
                    qlonglong(found));
    }
    window.reset();
    return 0;
}
