#include "importing/importcontroller.h"

#include "storage/database.h"
#include "web/webimporter.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Articles per transaction while the window is open: the import's write lock is released
// after each small batch, so an edit made meanwhile waits for one short batch at most
// instead of a thousand articles.
constexpr int kInteractiveBatch = 50;

} // namespace

ImportController::ImportController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<parallax::ImportReport>();
}

ImportController::~ImportController()
{
    cancel();
    wait();
    delete m_thread; // its report was never delivered: the controller goes first
}

bool ImportController::start(const LibraryRef &library, const QStringList &paths)
{
    return startJob(
        library, [paths](const Database &library, const auto &progress, const auto *cancel) {
            return Importer(library, {.batchSize = kInteractiveBatch}).run(paths, progress, cancel);
        });
}

bool ImportController::startUrls(const LibraryRef &library, const QStringList &urls)
{
    return startJob(library,
                    [urls](const Database &library, const auto &progress, const auto *cancel) {
                        return WebImporter(library).importUrls(
                            urls,
                            [&progress](qsizetype done, qsizetype total, const QString &) {
                                progress(done, total);
                            },
                            cancel);
                    });
}

bool ImportController::startFeedRefresh(const LibraryRef &library, const QList<qint64> &feedIds)
{
    m_feedJob = true;
    return startJob(
        library, [feedIds](const Database &library, const auto &progress, const auto *cancel) {
            const QList<FeedRefreshResult> feeds = WebImporter(library).refreshFeeds(
                feedIds,
                [&progress](qsizetype done, qsizetype total, const QString &) {
                    progress(done, total);
                },
                cancel);
            ImportReport report;
            for (const FeedRefreshResult &feed : feeds) {
                if (!feed.error.isEmpty())
                    report.files.append(
                        {feed.feedTitle,
                         ImportOutcome::Failed,
                         0,
                         {},
                         QObject::tr("the feed could not be read: %1").arg(feed.error)});
                report.files.append(feed.report.files);
            }
            report.cancelled = cancel && cancel->load();
            return report;
        });
}

bool ImportController::startJob(const LibraryRef &source, Job job)
{
    if (m_thread || !source) {
        m_feedJob = false;
        return false;
    }
    m_cancel = false;
    // The thread holds the source library open until it is deleted, on this thread.
    m_thread = QThread::create([this, source, job = std::move(job)] {
        ImportReport report;
        // A connection belongs to the thread that opened it.
        auto library = source->openAnotherConnection();
        if (!library) {
            report.files.append(
                {source->path(), ImportOutcome::Failed, 0, {}, library.error().message});
        } else {
            report = job(
                **library,
                [this](qsizetype done, qsizetype total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { emit progress(done, total); },
                        Qt::QueuedConnection);
                },
                &m_cancel);
        }
        QMetaObject::invokeMethod(
            this, [this, report] { finish(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"import"_s);
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    m_cancel = true;
}

void ImportController::wait()
{
    if (m_thread)
        m_thread->wait();
}

void ImportController::finish(const ImportReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    // The worker's connection published what it committed on the library's notifier, which
    // every connection to the library shares; the views have heard of it already.
    m_report = report;
    m_feedJob = false;
    emit finished(report);
}

} // namespace parallax
