// File → Export… and File → Import REFI-QDA Project…: runs the export dialog and writes the
// file, or merges a project into the library, telling the user how it went.
#pragma once

#include "export/exportdata.h"
#include "export/exporter.h"
#include "session/libraryhost.h"

#include <QObject>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace parallax {

class ExportActions final : public QObject
{
    Q_OBJECT
public:
    ExportActions(QMainWindow *window, const LibraryHost &host,
                  std::function<QList<qint64>()> selectedArticles);
    Q_DISABLE_COPY_MOVE(ExportActions)

    // Adds the two actions to menu, before `before`.
    void addTo(QMenu *menu, QAction *before);
    void chooseExport();
    void chooseImport();
    // Writes one export; false (and a message shown) when it failed.
    bool write(const ExportScope &scope, ExportFormat format, const QString &path);
    bool importProject(const QString &path);
    // Merges a REFI-QDA codebook (.qdc) into the library's codebook.
    bool importCodebook(const QString &path);

private:
    QMainWindow *m_window;
    const LibraryHost &m_host;
    std::function<QList<qint64>()> m_selected;
};

} // namespace parallax
