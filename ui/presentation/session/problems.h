// Where the window's parts report what failed while they read the library in the background
// of the user's work (a facet list, an article, a list update): each report goes to the
// module's log and to the window, which shows it instead of an empty or stale view.
#pragma once

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcReading)
Q_DECLARE_LOGGING_CATEGORY(lcEditing)
Q_DECLARE_LOGGING_CATEGORY(lcWidgets)

namespace parallax {

class Problems final : public QObject
{
    Q_OBJECT
public:
    // The one instance, living on the GUI thread; reports from other threads arrive queued.
    static Problems &instance();

    // what: what could not be done ("Cannot list the speakers"); message: why.
    static void report(const QLoggingCategory &(*category)(), const QString &what,
                       const QString &message);

signals:
    void reported(const QString &what, const QString &message);

private:
    Problems() = default;
};

} // namespace parallax
