#include "editing/annotationcommands.h"

#include "storage/annotationstore.h"
#include "storage/claimstore.h"
#include "storage/notestore.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax {

AddAnnotationCommand::AddAnnotationCommand(const Database &database, Annotation annotation,
                                           const QString &text)
    : StoreCommand(database, text), m_annotation(std::move(annotation))
{}

Status AddAnnotationCommand::apply(bool forward)
{
    AnnotationStore store(database());
    if (!forward)
        return store.remove(m_annotation.id);
    Result<qint64> id = store.insert(m_annotation);
    if (!id)
        return id.error();
    if (m_annotation.id == 0) {
        // Keep the row as stored, timestamps included, so redo writes it back identically.
        auto stored = store.get(*id);
        if (!stored)
            return stored.error();
        m_annotation = std::move(stored).value();
    }
    return {};
}

Result<PassageRecord> recordPassage(const Database &database, qint64 annotationId)
{
    PassageRecord record;
    auto annotation = AnnotationStore(database).get(annotationId);
    if (!annotation)
        return annotation.error();
    record.annotation = std::move(annotation).value();
    auto appearances = ClaimStore(database).appearancesOfPassage(annotationId);
    if (!appearances)
        return appearances.error();
    record.appearances = std::move(appearances).value();
    auto notes = NoteStore(database).forTarget(NoteTarget::Annotation, annotationId);
    if (!notes)
        return notes.error();
    record.notes = std::move(notes).value();
    auto credited = AnnotationStore(database).creditedBy(annotationId);
    if (!credited)
        return credited.error();
    for (const Annotation &quote : *credited)
        record.creditedQuotes.append(quote.id);
    return record;
}

Status removePassage(const Database &database, const PassageRecord &record)
{
    // The schema removes the appearances and notes with it and unlinks credited quotations.
    return AnnotationStore(database).remove(record.annotation.id);
}

Status restorePassage(const Database &database, const PassageRecord &record)
{
    AnnotationStore annotations(database);
    if (Result<qint64> id = annotations.insert(record.annotation); !id)
        return id.error();
    for (const qint64 quoteId : record.creditedQuotes) {
        auto quote = annotations.get(quoteId);
        if (!quote)
            return quote.error();
        quote->speakerMentionId = record.annotation.id;
        if (Status done = annotations.update(*quote); !done)
            return done;
    }
    ClaimStore claims(database);
    for (const ClaimAppearance &appearance : record.appearances)
        if (Result<qint64> id = claims.addAppearance(appearance); !id)
            return id.error();
    NoteStore notes(database);
    for (const Note &note : record.notes)
        if (Result<qint64> id = notes.create(note); !id)
            return id.error();
    return {};
}

RemoveAnnotationCommand::RemoveAnnotationCommand(const Database &database, qint64 annotationId,
                                                 const QString &text)
    : StoreCommand(database, text), m_id(annotationId)
{}

Status RemoveAnnotationCommand::apply(bool forward)
{
    if (!forward)
        return m_record ? restorePassage(database(), *m_record) : Status();
    if (!m_record) {
        auto record = recordPassage(database(), m_id);
        if (!record)
            return record.error();
        m_record = std::move(record).value();
    }
    return removePassage(database(), *m_record);
}

UpdateAnnotationsCommand::UpdateAnnotationsCommand(const Database &database,
                                                   QList<Annotation> before,
                                                   QList<Annotation> after, const QString &text)
    : StoreCommand(database, text), m_before(std::move(before)), m_after(std::move(after))
{}

Status UpdateAnnotationsCommand::apply(bool forward)
{
    AnnotationStore store(database());
    for (const Annotation &annotation : forward ? m_after : m_before)
        if (Status done = store.update(annotation); !done)
            return done;
    return {};
}

QList<RowRef> AddAnnotationCommand::rows() const
{
    return {{u"annotations"_s, m_annotation.id}, {u"articles"_s, m_annotation.articleId, false}};
}

QList<RowRef> RemoveAnnotationCommand::rows() const
{
    if (!m_record)
        return {{u"annotations"_s, m_id}};
    return {{u"annotations"_s, m_id}, {u"articles"_s, m_record->annotation.articleId, false}};
}

QList<RowRef> UpdateAnnotationsCommand::rows() const
{
    QList<RowRef> rows;
    for (const Annotation &annotation : m_after)
        rows.append({u"annotations"_s, annotation.id});
    return rows;
}

} // namespace parallax
