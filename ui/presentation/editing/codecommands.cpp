#include "editing/codecommands.h"

#include "storage/annotationstore.h"
#include "storage/codestore.h"
#include "storage/notestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

AddCodeCommand::AddCodeCommand(const Database &database, Code code, const QString &text)
    : StoreCommand(database, text), m_code(std::move(code))
{}

Status AddCodeCommand::apply(bool forward)
{
    CodeStore store(database());
    if (!forward)
        return store.remove(m_code.id);
    Result<qint64> id = store.create(m_code);
    if (!id)
        return id.error();
    m_code.id = *id;
    return {};
}

UpdateCodeCommand::UpdateCodeCommand(const Database &database, Code before, Code after,
                                     const QString &text)
    : UpdateCodeCommand(database, QList<Code>{std::move(before)}, QList<Code>{std::move(after)},
                        text)
{}

UpdateCodeCommand::UpdateCodeCommand(const Database &database, QList<Code> before,
                                     QList<Code> after, const QString &text)
    : StoreCommand(database, text), m_before(std::move(before)), m_after(std::move(after))
{}

Status UpdateCodeCommand::apply(bool forward)
{
    CodeStore store(database());
    const QList<Code> &codes = forward ? m_after : m_before;
    for (const Code &code : codes)
        if (Status done = store.update(code); !done)
            return done;
    return {};
}

DeleteCodeCommand::DeleteCodeCommand(const Database &database, qint64 codeId, const QString &text)
    : StoreCommand(database, text), m_id(codeId)
{}

Status DeleteCodeCommand::record()
{
    auto all = CodeStore(database()).list();
    if (!all)
        return all.error();
    // list() gives parents before children, so one pass collects the subtree in that order.
    QSet<qint64> inTree{m_id};
    for (const Code &code : *all) {
        if (code.id == m_id || (code.parentId && inTree.contains(*code.parentId))) {
            inTree.insert(code.id);
            m_codes.append(code);
        }
    }
    if (m_codes.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no code with id %1").arg(m_id));
    AnnotationStore annotations(database());
    NoteStore notes(database());
    for (const Code &code : std::as_const(m_codes)) {
        auto coded = annotations.withCode(code.id);
        if (!coded)
            return coded.error();
        for (const Annotation &passage : *coded) {
            auto record = recordPassage(database(), passage.id);
            if (!record)
                return record.error();
            m_articles.insert(passage.articleId);
            m_passages.append(std::move(record).value());
        }
        auto onCode = notes.forTarget(NoteTarget::Code, code.id);
        if (!onCode)
            return onCode.error();
        m_codeNotes.append(*onCode);
    }
    m_recorded = true;
    return {};
}

Status DeleteCodeCommand::apply(bool forward)
{
    if (forward) {
        if (!m_recorded)
            if (Status done = record(); !done)
                return done;
        for (const PassageRecord &passage : std::as_const(m_passages))
            if (Status done = removePassage(database(), passage); !done)
                return done;
        CodeStore codes(database());
        for (auto it = m_codes.crbegin(); it != m_codes.crend(); ++it) // children first
            if (Status done = codes.remove(it->id); !done)
                return done;
        return {};
    }
    CodeStore codes(database());
    for (const Code &code : std::as_const(m_codes))
        if (Result<qint64> id = codes.create(code); !id)
            return id.error();
    for (const PassageRecord &passage : std::as_const(m_passages))
        if (Status done = restorePassage(database(), passage); !done)
            return done;
    NoteStore notes(database());
    for (const Note &note : std::as_const(m_codeNotes))
        if (Result<qint64> id = notes.create(note); !id)
            return id.error();
    return {};
}

MergeCodeCommand::MergeCodeCommand(const Database &database, qint64 fromId, qint64 intoId,
                                   const QString &text)
    : StoreCommand(database, text), m_fromId(fromId), m_intoId(intoId)
{}

Status MergeCodeCommand::apply(bool forward)
{
    CodeStore codes(database());
    AnnotationStore annotations(database());
    if (forward && !m_recorded) {
        if (m_fromId == m_intoId)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a code cannot be merged into itself"));
        auto from = codes.get(m_fromId);
        if (!from)
            return from.error();
        m_from = *from;
        auto all = codes.list();
        if (!all)
            return all.error();
        for (const Code &code : *all)
            if (code.parentId == m_fromId)
                m_children.append(code);
        auto coded = annotations.withCode(m_fromId);
        if (!coded)
            return coded.error();
        m_codings = *coded;
        auto notes = NoteStore(database()).forTarget(NoteTarget::Code, m_fromId);
        if (!notes)
            return notes.error();
        m_notes = *notes;
        m_recorded = true;
    }
    if (forward) {
        for (Annotation coding : std::as_const(m_codings)) {
            coding.codeId = m_intoId;
            if (Status done = annotations.update(coding); !done)
                return done;
        }
        for (Code child : std::as_const(m_children)) {
            child.parentId = m_intoId;
            if (Status done = codes.update(child); !done)
                return done;
        }
        return codes.remove(m_fromId);
    }
    if (Result<qint64> id = codes.create(m_from); !id)
        return id.error();
    for (const Code &child : std::as_const(m_children))
        if (Status done = codes.update(child); !done)
            return done;
    for (const Annotation &coding : std::as_const(m_codings))
        if (Status done = annotations.update(coding); !done)
            return done;
    NoteStore notes(database());
    for (const Note &note : std::as_const(m_notes))
        if (Result<qint64> id = notes.create(note); !id)
            return id.error();
    return {};
}

QList<RowRef> AddCodeCommand::rows() const
{
    return {{u"codes"_s, m_code.id}};
}

QList<RowRef> UpdateCodeCommand::rows() const
{
    QList<RowRef> rows;
    for (const Code &code : m_after)
        rows.append({u"codes"_s, code.id});
    return rows;
}

QList<RowRef> DeleteCodeCommand::rows() const
{
    QList<RowRef> rows{{u"codes"_s, m_id}};
    for (const Code &code : m_codes)
        if (code.id != m_id)
            rows.append({u"codes"_s, code.id});
    return rows;
}

QList<RowRef> MergeCodeCommand::rows() const
{
    return {{u"codes"_s, m_fromId}, {u"codes"_s, m_intoId, false}};
}

} // namespace parallax
