// Long work off the GUI thread: the work runs on a thread of its own while a window-modal
// progress dialog keeps the window painted and offers Cancel. The call returns when the work
// is done, so callers read its results right after.
#pragma once

#include <QString>
#include <atomic>
#include <functional>

class QWidget;

namespace parallax::backgroundwork {

struct Controls
{
    // Shows what the work is doing now; callable from the work's thread.
    std::function<void(const QString &stage)> stage;
    // Set when the user pressed Cancel; the work checks it where it can stop safely.
    const std::atomic<bool> *cancelled = nullptr;
};

// Runs work(controls) on a worker thread. A dialog titled label (objectName progressName)
// appears if it takes longer than a moment; cancellable adds its Cancel button.
void run(QWidget *parent, const QString &label, const QString &progressName, bool cancellable,
         const std::function<void(const Controls &controls)> &work);

} // namespace parallax::backgroundwork
