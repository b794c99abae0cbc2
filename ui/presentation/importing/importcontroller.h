// Runs an import off the GUI thread, on its own connection to the library, with progress and
// Cancel; tells the library's models about the new articles when it ends.
#pragma once

#include "import/importer.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace parallax {

class ChangeNotifier;

class ImportController final : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;
    Q_DISABLE_COPY_MOVE(ImportController)

    // False when an import is already running. notifier (of the GUI thread's connection)
    // hears articlesAdded once the import ends.
    bool start(const QString &libraryPath, const QStringList &paths, ChangeNotifier *notifier);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const ImportReport &lastReport() const { return m_report; }
    // Blocks until the running import ends; for tests and shutdown.
    void wait();

signals:
    void progress(qsizetype done, qsizetype total);
    void finished(const parallax::ImportReport &report);

private:
    void finish(const ImportReport &report);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QPointer<ChangeNotifier> m_notifier;
    ImportReport m_report;
};

} // namespace parallax
