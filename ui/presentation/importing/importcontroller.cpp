#include "importing/importcontroller.h"

#include "storage/changenotifier.h"
#include "storage/database.h"
#include "web/webimporter.h"

using namespace Qt::StringLiterals;

namespace parallax {

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

bool ImportController::start(const QString &libraryPath, const QStringList &paths,
                             ChangeNotifier *notifier)
{
    return startJob(libraryPath, notifier,
                    [paths](const Database &library, const auto &progress, const auto *cancel) {
                        return Importer(library).run(paths, progress, cancel);
                    });
}

bool ImportController::startUrls(const QString &libraryPath, const QStringList &urls,
                                 ChangeNotifier *notifier)
{
    return startJob(libraryPath, notifier,
                    [urls](const Database &library, const auto &progress, const auto *cancel) {
                        return WebImporter(library).importUrls(
                            urls,
                            [&progress](qsizetype done, qsizetype total, const QString &) {
                                progress(done, total);
                            },
                            cancel);
                    });
}

bool ImportController::startFeedRefresh(const QString &libraryPath, const QList<qint64> &feedIds,
                                        ChangeNotifier *notifier)
{
    m_feedJob = true;
    return startJob(
        libraryPath, notifier,
        [feedIds](const Database &library, const auto &progress, const auto *cancel) {
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

bool ImportController::startJob(const QString &libraryPath, ChangeNotifier *notifier, Job job)
{
    if (m_thread) {
        m_feedJob = false;
        return false;
    }
    m_cancel = false;
    m_notifier = notifier;
    m_thread = QThread::create([this, libraryPath, job = std::move(job)] {
        ImportReport report;
        // A connection belongs to the thread that opened it.
        auto library = Database::open(libraryPath);
        if (!library) {
            report.files.append(
                {libraryPath, ImportOutcome::Failed, 0, {}, library.error().message});
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
    m_report = report;
    QList<qint64> added;
    for (const FileImportResult &file : report.files)
        if (file.outcome == ImportOutcome::Imported)
            added.append(file.articleId);
    if (m_notifier && !added.isEmpty())
        emit m_notifier->articlesAdded(added);
    // The refresh wrote on its own connection; the GUI's views of the feeds hear it here.
    if (m_notifier && m_feedJob)
        emit m_notifier->feedsChanged();
    m_feedJob = false;
    emit finished(report);
}

} // namespace parallax
