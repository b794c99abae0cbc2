// Puts a panel into a named dock of the main window, so its place is saved with the layout.
#pragma once

#include <QString>
#include <Qt>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace parallax {

// The panel gets panelName, the dock dockName (the key restoreState() finds it by).
QDockWidget *addPanelDock(QMainWindow *window, QWidget *panel, const QString &title,
                          const QString &panelName, const QString &dockName,
                          Qt::DockWidgetArea area);

} // namespace parallax
