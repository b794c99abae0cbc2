#include "importing/importcontroller.h"

#include "storage/changenotifier.h"
#include "storage/database.h"

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
    if (m_thread)
        return false;
    m_cancel = false;
    m_notifier = notifier;
    m_thread = QThread::create([this, libraryPath, paths] {
        ImportReport report;
        // A connection belongs to the thread that opened it.
        auto library = Database::open(libraryPath);
        if (!library) {
            report.files.append({libraryPath, ImportOutcome::Failed, 0, {}, library.error().message});
        } else {
            report = Importer(**library).run(
                paths,
                [this](qsizetype done, qsizetype total) {
                    QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); },
                                              Qt::QueuedConnection);
                },
                &m_cancel);
        }
        QMetaObject::invokeMethod(this, [this, report] { finish(report); }, Qt::QueuedConnection);
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
    emit finished(report);
}

} // namespace parallax
