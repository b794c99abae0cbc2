// The main window: the library on the left, the article (or a comparison of several) in the
// middle, the inspector on the right and passages found across the library below. It wires
// the areas together; each area is its own widget.
#pragma once

#include "session/libraryhost.h"
#include "storage/facetstore.h"
#include "util/result.h"

#include <QMainWindow>
#include <memory>

class QTabWidget;

namespace parallax {

class FeedsPanel;
class ImportDialog;
class ComparisonView;
class EditingController;
class ExportActions;
class Database;
class FindingsPanel;
class InspectorPanel;
class LibraryPanel;
class ReadingPane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // The window shows the library host's library and follows it when it changes; the host
    // outlives the window.
    explicit MainWindow(LibraryHost &host, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    LibraryHost &host() const { return m_host; }
    const LibraryRef &library() const { return m_library; }

    void showArticle(qint64 articleId);
    // Opens two to four articles side by side.
    bool compareArticles(const QList<qint64> &articleIds);
    void openPassage(qint64 articleId, qint64 annotationId);
    void importPaths(const QStringList &paths);
    void importUrls(const QStringList &urls);
    void refreshFeeds(const QList<qint64> &feedIds);
    void showAllMentions(FacetKind kind, qint64 id, const QString &label);
    void findStatement(qint64 annotationId);
    void setDarkTheme(bool dark);
    // Says why the library at path could not be opened; for a damaged one, offers to salvage
    // it and opens the salvaged library.
    void reportOpenFailure(const QString &path, const Error &error);

    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    ReadingPane *readingPane() const { return m_reader; }
    ComparisonView *comparisonView() const { return m_comparison; }
    InspectorPanel *inspector() const { return m_inspector; }
    FindingsPanel *findings() const { return m_findings; }
    EditingController *editing() const { return m_editing; }
    ExportActions *exporting() const { return m_export; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void detachLibrary();
    void showLibrary(const LibraryRef &library);
    void createDocks();
    void createActions();
    void openLibraryFile(const QString &path);
    void watchLibraryLocks();
    void recoverLostLocks(const QString &message);
    void chooseLibrary(bool create);
    void chooseImport(bool folders);
    void chooseImportUrls();
    // The import dialog for files, pages or feeds; shows the summary in the status bar.
    ImportDialog *openImportDialog();
    void editMetadata();
    void removeSelected();
    void compareSelected();
    void findCurrentStatement();
    void updateActions();
    ReadingPane *activePane() const;

    LibraryHost &m_host;
    LibraryRef m_library;
    LibraryPanel *m_libraryPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReadingPane *m_reader = nullptr;
    ComparisonView *m_comparison = nullptr;
    InspectorPanel *m_inspector = nullptr;
    FindingsPanel *m_findings = nullptr;
    FeedsPanel *m_feeds = nullptr;
    EditingController *m_editing = nullptr;
    ExportActions *m_export = nullptr;
    class QMenu *m_editMenu = nullptr;
    class QAction *m_compareAction = nullptr;
    class QAction *m_removeAction = nullptr;
    class QAction *m_metadataAction = nullptr;
    class QAction *m_findStatementAction = nullptr;
    class QAction *m_darkAction = nullptr;
    class QAction *m_layerActions[4] = {};
};

} // namespace parallax
