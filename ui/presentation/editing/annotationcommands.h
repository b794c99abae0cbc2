// Undoable edits of annotations: add a passage (a coding, a quotation, a mention), remove one
// with everything that hangs on it, and change any of its fields (boundaries, status, speaker,
// place, code) for one or many at once.
#pragma once

#include "domain/annotation.h"
#include "domain/codebook.h"
#include "editing/storecommand.h"

#include <QList>

namespace parallax {

class AddAnnotationCommand final : public StoreCommand
{
public:
    AddAnnotationCommand(const Database &database, Annotation annotation, const QString &text);
    qint64 annotationId() const { return m_annotation.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    Annotation m_annotation; // its id is kept after the first redo, so redo restores it
};

// What goes with a passage when it is removed, so undo can put every piece back.
struct PassageRecord
{
    Annotation annotation;
    QList<ClaimAppearance> appearances;
    QList<Note> notes;
    QList<qint64> creditedQuotes; // quotations this speaker mention credited
};

Result<PassageRecord> recordPassage(const Database &database, qint64 annotationId);
Status removePassage(const Database &database, const PassageRecord &record);
Status restorePassage(const Database &database, const PassageRecord &record);

class RemoveAnnotationCommand final : public StoreCommand
{
public:
    RemoveAnnotationCommand(const Database &database, qint64 annotationId, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    qint64 m_id;
    std::optional<PassageRecord> m_record;
};

class UpdateAnnotationsCommand final : public StoreCommand
{
public:
    // before and after pair up: the same annotations, each with its fields then and now.
    UpdateAnnotationsCommand(const Database &database, QList<Annotation> before,
                             QList<Annotation> after, const QString &text);

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    QList<Annotation> m_before;
    QList<Annotation> m_after;
};

} // namespace parallax
