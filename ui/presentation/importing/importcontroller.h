// Runs an import off the GUI thread, on its own connection to the library, with progress and
// Cancel; tells the library's models about the new articles when it ends. The import is of
// files and folders, of web pages by address, or of the new items of news feeds.
#pragma once

#include "import/importer.h"
#include "session/libraryhost.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>

namespace parallax {

class Database;

class ImportController final : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;
    Q_DISABLE_COPY_MOVE(ImportController)

    // False when an import is already running. The import writes on another connection to
    // library, opened on its own thread; the library's notifier tells the views what it
    // committed.
    bool start(const LibraryRef &library, const QStringList &paths);
    bool startUrls(const LibraryRef &library, const QStringList &urls);
    // Every feed when feedIds is empty; a feed that cannot be read is one failed line.
    bool startFeedRefresh(const LibraryRef &library, const QList<qint64> &feedIds);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const ImportReport &lastReport() const { return m_report; }
    // Blocks until the running import ends; for tests and shutdown.
    void wait();

signals:
    void progress(qsizetype done, qsizetype total);
    void finished(const parallax::ImportReport &report);

private:
    using Job = std::function<ImportReport(
        const Database &library, const std::function<void(qsizetype, qsizetype)> &progress,
        const std::atomic_bool *cancel)>;
    bool startJob(const LibraryRef &library, Job job);
    void finish(const ImportReport &report);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    ImportReport m_report;
    bool m_feedJob = false;
};

} // namespace parallax
