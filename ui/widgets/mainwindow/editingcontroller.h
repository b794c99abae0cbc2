// Connects the window to the EditSession: undo and redo, the codebook dock and the quick-code
// bar, keys 1–9 and the reading panes' context menus, and keeps every open pane in step with
// the library after each edit.
#pragma once

#include "session/libraryhost.h"
#include "storage/changeset.h"

#include <QObject>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace parallax {

struct Annotation;
class CodebookModel;
class CodebookPanel;
class ClaimsPanel;
class NotesPanel;
class ComparisonView;
class Database;
class EditSession;
class InspectorPanel;
class ReadingPane;

class EditingController final : public QObject
{
    Q_OBJECT
public:
    EditingController(QMainWindow *window, ReadingPane *reader, ComparisonView *comparison,
                      InspectorPanel *inspector);
    ~EditingController() override;
    Q_DISABLE_COPY_MOVE(EditingController)

    // Adds Undo and Redo to the Edit menu and Show Rejected to the View menu.
    void addActions(QMenu *editMenu, QMenu *viewMenu);
    // The window detaches the library (nullptr) before it closes it.
    void setLibrary(LibraryRef library);
    EditSession *session() const { return m_session.get(); }
    CodebookModel *codebook() const { return m_codebook; }
    bool showRejected() const;
    ClaimsPanel *claims() const { return m_claimsPanel; }
    NotesPanel *notes() const { return m_notesPanel; }
    // Offers the claims (suggested ones first) and links the passage to the chosen one.
    void addToClaim(qint64 annotationId);

signals:
    void passageActivated(qint64 articleId, qint64 annotationId);

private:
    void attach(ReadingPane *pane);
    void applyCode(ReadingPane *pane, qint64 codeId);
    void chooseSpeaker(qint64 quoteId);
    // Links a selection (mention empty) or an existing place mention to a place.
    void choosePlace(ReadingPane *pane, const Annotation *mention);
    // One commit's changes (ChangeNotifier::changed): each shown article is read once.
    void applyChanges(const ChangeSet &changes);
    void refreshArticle(qint64 articleId);
    void refreshAll();
    void refreshNotes();
    void updateCodes();

    QMainWindow *m_window;
    ReadingPane *m_reader;
    ComparisonView *m_comparison;
    InspectorPanel *m_inspector;
    LibraryRef m_library;
    std::unique_ptr<EditSession> m_session;
    CodebookModel *m_codebook = nullptr;
    CodebookPanel *m_codebookPanel = nullptr;
    ClaimsPanel *m_claimsPanel = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    QToolBar *m_quickCodes = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_showRejected = nullptr;
};

} // namespace parallax
