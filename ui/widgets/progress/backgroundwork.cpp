#include "progress/backgroundwork.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

namespace parallax::backgroundwork {

void run(QWidget *parent, const QString &label, const QString &progressName, bool cancellable,
         const std::function<void(const Controls &controls)> &work)
{
    QProgressDialog dialog(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0,
                           parent);
    dialog.setObjectName(progressName);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    std::atomic<bool> cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled, &dialog] {
        cancelled = true;
        dialog.setLabelText(QProgressDialog::tr("Stopping…"));
    });
    Controls controls;
    controls.cancelled = &cancelled;
    controls.stage = [&dialog](const QString &stage) {
        QMetaObject::invokeMethod(
            &dialog, [&dialog, stage] { dialog.setLabelText(stage); }, Qt::QueuedConnection);
    };
    QEventLoop loop;
    QThread *thread = QThread::create([&work, &controls] { work(controls); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    // Stage updates still queued for the dialog must not outlive it.
    QCoreApplication::removePostedEvents(&dialog);
    dialog.reset();
}

} // namespace parallax::backgroundwork
