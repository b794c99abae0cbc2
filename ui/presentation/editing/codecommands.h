// Undoable edits of the codebook: add a code, change one (rename, recolour, describe, move),
// delete one with its sub-codes and codings, and merge one code into another.
#pragma once

#include "domain/codebook.h"
#include "editing/annotationcommands.h"

namespace parallax {

class AddCodeCommand final : public StoreCommand
{
public:
    AddCodeCommand(const Database &database, Code code, const QString &text);
    qint64 codeId() const { return m_code.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Code m_code;
};

// Changes one code, or several at once (a move renumbers the siblings it lands among).
class UpdateCodeCommand final : public StoreCommand
{
public:
    UpdateCodeCommand(const Database &database, Code before, Code after, const QString &text);
    UpdateCodeCommand(const Database &database, QList<Code> before, QList<Code> after,
                      const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    QList<Code> m_before;
    QList<Code> m_after;
};

// Deletes a code, its sub-codes, every passage coded with them and the notes on them.
class DeleteCodeCommand final : public StoreCommand
{
public:
    DeleteCodeCommand(const Database &database, qint64 codeId, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Status record();

    qint64 m_id;
    bool m_recorded = false;
    QList<Code> m_codes; // parents before children
    QList<PassageRecord> m_passages;
    QList<Note> m_codeNotes;
    QSet<qint64> m_articles;
};

// Recodes every passage of one code with another, moves its sub-codes under the other, and
// deletes it (its notes go with it and come back on undo).
class MergeCodeCommand final : public StoreCommand
{
public:
    MergeCodeCommand(const Database &database, qint64 fromId, qint64 intoId, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_fromId;
    qint64 m_intoId;
    bool m_recorded = false;
    Code m_from;
    QList<Code> m_children;
    QList<Annotation> m_codings;
    QList<Note> m_notes;
};

} // namespace parallax
