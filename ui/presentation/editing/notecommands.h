// Undoable edits of notes: add one, change its text (consecutive typing in one note merges
// into a single undo step), remove one.
#pragma once

#include "domain/codebook.h"
#include "editing/storecommand.h"

namespace parallax {

class AddNoteCommand final : public StoreCommand
{
public:
    AddNoteCommand(const Database &database, Note note, const QString &text);
    qint64 noteId() const { return m_note.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Note m_note;
};

class EditNoteCommand final : public StoreCommand
{
public:
    static constexpr int kId = 0x4e4f5445; // merges consecutive edits of one note

    // before is the note as it was; after its new text, stamped now.
    EditNoteCommand(const Database &database, const Note &before, QString after,
                    const QString &text);
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_noteId;
    QString m_before;
    QDateTime m_beforeTime;
    QString m_after;
    QDateTime m_afterTime;
};

class RemoveNoteCommand final : public StoreCommand
{
public:
    RemoveNoteCommand(const Database &database, Note note, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Note m_note;
};

} // namespace parallax
