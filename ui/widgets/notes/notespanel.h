// Notes on the current article and its passages: listed, shown with their Markdown rendered,
// and edited in place. The editor saves as you type; a run of typing is one undo step.
#pragma once

#include "domain/codebook.h"
#include "session/libraryhost.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace parallax {

class Database;
class EditSession;

class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NotesPanel)

    void setSession(LibraryRef library, EditSession *session);
    // The article whose notes show; passage is the selected annotation (0: none).
    void setArticle(qint64 articleId, qint64 passageId = 0);
    void reload();
    int noteCount() const;

    void addNote(NoteTarget target);
    void removeCurrent();

private:
    void showCurrent();
    void save();

    LibraryRef m_library;
    EditSession *m_session = nullptr;
    qint64 m_articleId = 0;
    qint64 m_passageId = 0;
    QList<Note> m_notes;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_view = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTimer *m_saveTimer = nullptr;
    bool m_loading = false;
};

} // namespace parallax
