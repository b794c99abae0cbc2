#include "notes/notespanel.h"

#include "editing/editsession.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/notestore.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

NotesPanel::NotesPanel(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget;
    m_list->setObjectName(u"notesList"_s);
    m_list->setAccessibleName(tr("Notes"));
    m_view = new QTextBrowser;
    m_view->setObjectName(u"noteView"_s);
    m_view->setAccessibleName(tr("The note, rendered"));
    m_view->setOpenExternalLinks(false);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(u"noteEditor"_s);
    m_editor->setAccessibleName(tr("Edit the note (Markdown)"));
    m_editor->setPlaceholderText(tr("Write in Markdown; it is saved as you type."));
    m_editor->setEnabled(false);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &NotesPanel::save);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_view->setMarkdown(m_editor->toPlainText());
        m_saveTimer->start();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        save();
        showCurrent();
    });

    auto *bar = new QToolBar;
    bar->setObjectName(u"notesBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("Note on Article"), this, [this] { addNote(NoteTarget::Article); })
        ->setObjectName(u"actionNoteOnArticle"_s);
    bar->addAction(tr("Note on Passage"), this, [this] { addNote(NoteTarget::Annotation); })
        ->setObjectName(u"actionNoteOnPassage"_s);
    bar->addAction(tr("Note on Library"), this, [this] { addNote(NoteTarget::Library); })
        ->setObjectName(u"actionNoteOnLibrary"_s);
    bar->addAction(tr("Delete"), this, &NotesPanel::removeCurrent)
        ->setObjectName(u"actionDeleteNote"_s);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(split);
}

void NotesPanel::setSession(LibraryRef library, EditSession *session)
{
    save();
    if (m_library)
        disconnect(m_library->notifier(), nullptr, this, nullptr);
    m_library = library;
    m_session = session;
    m_articleId = 0;
    if (m_library)
        connect(m_library->notifier(), &ChangeNotifier::changed, this, [this](const ChangeSet &c) {
            // Typing saves through the session too: reloading then would move the cursor.
            if (c.notes && !m_editor->hasFocus())
                reload();
        });
    reload();
}

void NotesPanel::setArticle(qint64 articleId, qint64 passageId)
{
    save();
    const bool changed = articleId != m_articleId;
    m_articleId = articleId;
    m_passageId = passageId;
    if (changed)
        reload();
}

int NotesPanel::noteCount() const
{
    return int(m_notes.size());
}

void NotesPanel::reload()
{
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_notes.clear();
    // The open article's notes, then those on the library itself (a journal, a plan), which
    // stay in view whatever is open.
    if (m_library && m_articleId)
        if (auto notes = NoteStore(*m_library).forArticleAndPassages(m_articleId))
            m_notes = std::move(notes).value();
    if (m_library)
        if (auto notes = NoteStore(*m_library).forTarget(NoteTarget::Library, 0))
            m_notes += *notes;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = m_notes.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_notes.size(); ++i) {
        const Note &note = m_notes.at(i);
        const QString where = note.target == NoteTarget::Article   ? tr("Article")
                              : note.target == NoteTarget::Library ? tr("Library")
                                                                   : tr("Passage");
        const QString first = note.body.section(u'\n', 0, 0).left(80);
        auto *item = new QListWidgetItem(
            u"%1: %2"_s.arg(where, first.isEmpty() ? tr("(empty)") : first), m_list);
        item->setData(Qt::UserRole, note.id);
        if (note.id == current)
            select = i;
    }
    m_list->setCurrentRow(select);
    showCurrent();
}

void NotesPanel::showCurrent()
{
    const int row = m_list->currentRow();
    m_loading = true;
    if (row < 0 || row >= m_notes.size()) {
        m_editor->clear();
        m_view->clear();
        m_editor->setEnabled(false);
    } else {
        m_editor->setPlainText(m_notes.at(row).body);
        m_view->setMarkdown(m_notes.at(row).body);
        m_editor->setEnabled(m_session != nullptr);
    }
    m_loading = false;
}

void NotesPanel::save()
{
    m_saveTimer->stop();
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_notes.size() || !m_editor->isEnabled())
        return;
    const QString text = m_editor->toPlainText();
    if (text == m_notes.at(row).body)
        return;
    if (m_session->setNoteText(m_notes.at(row).id, text))
        m_notes[row].body = text;
}

void NotesPanel::addNote(NoteTarget target)
{
    const qint64 targetId = target == NoteTarget::Annotation ? m_passageId
                            : target == NoteTarget::Article  ? m_articleId
                                                             : 0;
    if (!m_session || (target != NoteTarget::Library && !targetId))
        return;
    save();
    const auto id = m_session->addNote(target, targetId, {});
    if (!id)
        return;
    reload();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == *id)
            m_list->setCurrentRow(row);
    m_editor->setFocus();
}

void NotesPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    if (!m_session || row < 0 || row >= m_notes.size())
        return;
    m_saveTimer->stop();
    m_session->removeNote(m_notes.at(row).id);
    reload();
}

} // namespace parallax
