#include "session/problems.h"

#include <QCoreApplication>
#include <QThread>

Q_LOGGING_CATEGORY(lcModels, "parallax.ui.models")
Q_LOGGING_CATEGORY(lcReading, "parallax.ui.reading")
Q_LOGGING_CATEGORY(lcEditing, "parallax.ui.editing")
Q_LOGGING_CATEGORY(lcWidgets, "parallax.ui.widgets")

namespace parallax {

Problems &Problems::instance()
{
    static Problems *problems = [] {
        auto *created = new Problems;
        // Made on whichever thread reports first; it belongs to the application's thread.
        if (QCoreApplication::instance())
            created->moveToThread(QCoreApplication::instance()->thread());
        return created;
    }();
    return *problems;
}

void Problems::report(const QLoggingCategory &(*category)(), const QString &what,
                      const QString &message)
{
    qCWarning(category).noquote() << what << ":" << message;
    Problems &problems = instance();
    if (QThread::currentThread() == problems.thread())
        emit problems.reported(what, message);
    else
        QMetaObject::invokeMethod(
            &problems, [&problems, what, message] { emit problems.reported(what, message); },
            Qt::QueuedConnection);
}

} // namespace parallax
