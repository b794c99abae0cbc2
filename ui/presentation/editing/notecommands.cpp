#include "editing/notecommands.h"

#include "storage/notestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

AddNoteCommand::AddNoteCommand(const Database &database, Note note, const QString &text)
    : StoreCommand(database, text), m_note(std::move(note))
{}

Status AddNoteCommand::apply(bool forward)
{
    NoteStore store(database());
    if (!forward)
        return store.remove(m_note.id);
    Result<qint64> id = store.create(m_note);
    if (!id)
        return id.error();
    m_note.id = *id;
    return {};
}

EditNoteCommand::EditNoteCommand(const Database &database, const Note &before, QString after,
                                 const QString &text)
    : StoreCommand(database, text), m_noteId(before.id), m_before(before.body),
      m_beforeTime(before.updatedAt), m_after(std::move(after)),
      m_afterTime(QDateTime::currentDateTimeUtc())
{}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditNoteCommand *>(other);
    if (next->m_noteId != m_noteId || next->failed() || failed())
        return false;
    m_after = next->m_after;
    m_afterTime = next->m_afterTime;
    takeRowStatesOf(*next);
    return true;
}

Status EditNoteCommand::apply(bool forward)
{
    return NoteStore(database())
        .setBody(m_noteId, forward ? m_after : m_before, forward ? m_afterTime : m_beforeTime);
}

RemoveNoteCommand::RemoveNoteCommand(const Database &database, Note note, const QString &text)
    : StoreCommand(database, text), m_note(std::move(note))
{}

Status RemoveNoteCommand::apply(bool forward)
{
    NoteStore store(database());
    if (forward)
        return store.remove(m_note.id);
    Result<qint64> id = store.create(m_note);
    return id ? Status() : Status(id.error());
}

QList<RowRef> AddNoteCommand::rows() const
{
    return {{u"notes"_s, m_note.id}};
}

QList<RowRef> EditNoteCommand::rows() const
{
    return {{u"notes"_s, m_noteId}};
}

QList<RowRef> RemoveNoteCommand::rows() const
{
    return {{u"notes"_s, m_note.id}};
}

} // namespace parallax
