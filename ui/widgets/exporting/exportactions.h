// File → Export… and File → Import REFI-QDA Project…: runs the export dialog and writes the
// file, or merges a project into the library, telling the user how it went.
#pragma once

#include "export/exportdata.h"
#include "export/exporter.h"

#include <QObject>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace parallax {

class Database;

class ExportActions final : public QObject
{
    Q_OBJECT
public:
    ExportActions(QMainWindow *window, std::function<const Database *()> library,
                  std::function<QList<qint64>()> selectedArticles);
    Q_DISABLE_COPY_MOVE(ExportActions)

    // Adds the two actions to menu, before `before`.
    void addTo(QMenu *menu, QAction *before);
    void chooseExport();
    void chooseImport();
    // Writes one export; false (and a message shown) when it failed.
    bool write(const ExportScope &scope, ExportFormat format, const QString &path);
    bool importProject(const QString &path);

private:
    QMainWindow *m_window;
    std::function<const Database *()> m_library;
    std::function<QList<qint64>()> m_selected;
};

} // namespace parallax
