#include "storage/notestore.h"

#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlite/ftsquery.h"
#include "storage/sqlite/fulltextsearch.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

const QString kSelect = u"SELECT n.id, n.article_id, n.annotation_id, n.claim_id, n.code_id, "
                        u"n.body, n.created_at, n.updated_at FROM notes n"_s;

QString targetColumn(NoteTarget target)
{
    switch (target) {
    case NoteTarget::Article:
        return u"article_id"_s;
    case NoteTarget::Annotation:
        return u"annotation_id"_s;
    case NoteTarget::Claim:
        return u"claim_id"_s;
    case NoteTarget::Code:
        return u"code_id"_s;
    case NoteTarget::Library:
        break;
    }
    return {};
}

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.target = NoteTarget::Library; // unless a target column says otherwise
    n.targetId = 0;
    constexpr NoteTarget kTargets[] = {NoteTarget::Article, NoteTarget::Annotation,
                                       NoteTarget::Claim, NoteTarget::Code};
    for (int i = 0; i < 4; ++i) {
        if (!q.value(1 + i).isNull()) {
            n.target = kTargets[i];
            n.targetId = q.value(1 + i).toLongLong();
        }
    }
    n.body = q.value(5).toString();
    n.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    n.updatedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    return n;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

NoteStore::NoteStore(const Database &database) : m_connection(database.connectionName()) {}

Result<qint64> NoteStore::create(const Note &note)
{
    // The target column name comes from our own switch, never from input; a note on the
    // library has none.
    const QString column = targetColumn(note.target);
    auto query = sql::prepare(
        m_connection, column.isEmpty() ? u"INSERT INTO notes(id, body, created_at, updated_at) "
                                         u"VALUES (?, ?, ?, ?) RETURNING id"_s
                                       : u"INSERT INTO notes(id, %1, body, created_at, updated_at) "
                                         u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s.arg(column));
    if (!query)
        return query.error();
    query->addBindValue(note.id > 0 ? QVariant(note.id) : QVariant(QMetaType::fromType<qint64>()));
    if (!column.isEmpty())
        query->addBindValue(note.targetId);
    query->addBindValue(sql::text(note.body));
    const QString now = nowIso();
    query->addBindValue(
        note.createdAt.isValid() ? note.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    query->addBindValue(
        note.updatedAt.isValid() ? note.updatedAt.toUTC().toString(Qt::ISODateWithMs) : now);
    if (Status done = sql::exec(*query, u"cannot store note"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store note"_s);
    const qint64 id = query->value(0).toLongLong();
    recordChange(m_connection, [](ChangeSet &c) { c.notes = true; });
    return id;
}

Result<Note> NoteStore::get(qint64 id) const
{
    auto query = sql::prepare(m_connection, kSelect + u" WHERE n.id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read note"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no note with id %1"_s.arg(id));
    return readNote(*query);
}

Result<QList<Note>> NoteStore::forTarget(NoteTarget target, qint64 targetId) const
{
    if (target == NoteTarget::Library)
        return notesWhere(u"n.article_id IS NULL AND n.annotation_id IS NULL AND "
                          u"n.claim_id IS NULL AND n.code_id IS NULL"_s,
                          {});
    return notesWhere(u"n.%1 = ?"_s.arg(targetColumn(target)), {targetId});
}

Result<QList<Note>> NoteStore::forArticleAndPassages(qint64 articleId) const
{
    return notesWhere(u"n.article_id = ? OR n.annotation_id IN "
                      u"(SELECT id FROM annotations WHERE article_id = ?)"_s,
                      {articleId, articleId});
}

Result<QList<Note>> NoteStore::notesWhere(const QString &condition,
                                          const QVariantList &values) const
{
    auto query =
        sql::prepare(m_connection, kSelect + u" WHERE "_s + condition + u" ORDER BY n.id"_s);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (Status done = sql::exec(*query, u"cannot list notes"_s); !done)
        return done.error();
    QList<Note> notes;
    while (query->next())
        notes.append(readNote(*query));
    return notes;
}

Status NoteStore::setBody(qint64 id, const QString &body, const QDateTime &updatedAt)
{
    auto query =
        sql::prepare(m_connection, u"UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(sql::text(body));
    query->addBindValue(updatedAt.isValid() ? updatedAt.toUTC().toString(Qt::ISODateWithMs)
                                            : nowIso());
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot update note"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no note with id %1"_s.arg(id));
    recordChange(m_connection, [](ChangeSet &c) { c.notes = true; });
    return {};
}

Status NoteStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM notes WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove note"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no note with id %1"_s.arg(id));
    recordChange(m_connection, [](ChangeSet &c) { c.notes = true; });
    return {};
}

Result<QList<Note>> NoteStore::search(const QString &userQuery, int limit) const
{
    const QString match = ftsMatchExpression(userQuery);
    if (match.isEmpty())
        return QList<Note>();
    auto query = sql::prepare(m_connection, kSelect + sqlite::noteMatchClause());
    if (!query)
        return query.error();
    query->addBindValue(match);
    query->addBindValue(qMax(1, limit));
    if (Status done = sql::exec(*query, u"cannot search notes"_s); !done)
        return done.error();
    QList<Note> notes;
    while (query->next())
        notes.append(readNote(*query));
    return notes;
}

} // namespace parallax
