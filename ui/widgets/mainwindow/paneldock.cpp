#include "mainwindow/paneldock.h"

#include <QDockWidget>
#include <QMainWindow>

namespace parallax {

QDockWidget *addPanelDock(QMainWindow *window, QWidget *panel, const QString &title,
                          const QString &panelName, const QString &dockName,
                          Qt::DockWidgetArea area)
{
    panel->setObjectName(panelName);
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(dockName);
    dock->setWidget(panel);
    window->addDockWidget(area, dock);
    return dock;
}

} // namespace parallax
