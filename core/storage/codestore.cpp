#include "storage/codestore.h"

#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

Code readCode(const QSqlQuery &query)
{
    Code c;
    c.id = query.value(0).toLongLong();
    c.parentId = sql::optionalId(query.value(1));
    c.name = query.value(2).toString();
    c.color = query.value(3).toString();
    c.description = query.value(4).toString();
    c.position = query.value(5).toInt();
    c.codable = query.value(6).toInt() != 0;
    return c;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, u"no code with id %1"_s.arg(id));
}

} // namespace

CodeStore::CodeStore(const Database &database) : m_connection(database.connectionName()) {}

Result<qint64> CodeStore::create(const Code &code)
{
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO codes(id, parent_id, name, color, description, position, codable)
        VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(code.id > 0 ? QVariant(code.id) : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(sql::orNull(code.parentId));
    query->addBindValue(code.name.simplified());
    query->addBindValue(code.color);
    query->addBindValue(sql::textOrNull(code.description));
    query->addBindValue(code.position);
    query->addBindValue(code.codable ? 1 : 0);
    if (Status done = sql::exec(*query, u"cannot store code '%1'"_s.arg(code.name)); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store code"_s);
    const qint64 id = query->value(0).toLongLong();
    recordChange(m_connection, [](ChangeSet &c) { c.codebook = true; });
    return id;
}

Result<Code> CodeStore::get(qint64 id) const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT id, parent_id, name, color, description, position, codable FROM codes
        WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read code"_s); !done)
        return done.error();
    if (!query->next())
        return notFound(id);
    return readCode(*query);
}

Result<QList<Code>> CodeStore::list() const
{
    // Walk the tree so each parent precedes its children, whatever the ids.
    auto query = sql::prepare(m_connection, uR"(
        WITH RECURSIVE tree(id, path) AS (
            SELECT id, printf('%08d.%020d', position, id) FROM codes WHERE parent_id IS NULL
            UNION ALL
            SELECT c.id, tree.path || '/' || printf('%08d.%020d', c.position, c.id)
            FROM codes c JOIN tree ON c.parent_id = tree.id)
        SELECT c.id, c.parent_id, c.name, c.color, c.description, c.position, c.codable
        FROM codes c JOIN tree ON tree.id = c.id ORDER BY tree.path)"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list codes"_s); !done)
        return done.error();
    QList<Code> codes;
    while (query->next())
        codes.append(readCode(*query));
    return codes;
}

Status CodeStore::update(const Code &code)
{
    if (code.parentId) {
        // A code cannot move under itself or one of its descendants.
        auto cycle = sql::prepare(m_connection, uR"(
            WITH RECURSIVE up(id) AS (SELECT ? UNION ALL
                SELECT c.parent_id FROM codes c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL)
            SELECT 1 FROM up WHERE id = ?)"_s);
        if (!cycle)
            return cycle.error();
        cycle->addBindValue(*code.parentId);
        cycle->addBindValue(code.id);
        if (Status done = sql::exec(*cycle, u"cannot check code tree"_s); !done)
            return done;
        if (cycle->next())
            return makeError(ErrorCode::Constraint,
                             u"a code cannot be moved under itself or one of its sub-codes"_s);
    }
    auto query = sql::prepare(m_connection, uR"(
        UPDATE codes SET parent_id = ?, name = ?, color = ?, description = ?, position = ?,
            codable = ?
        WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(sql::orNull(code.parentId));
    query->addBindValue(code.name.simplified());
    query->addBindValue(code.color);
    query->addBindValue(sql::textOrNull(code.description));
    query->addBindValue(code.position);
    query->addBindValue(code.codable ? 1 : 0);
    query->addBindValue(code.id);
    if (Status done = sql::exec(*query, u"cannot update code"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(code.id);
    recordChange(m_connection, [](ChangeSet &c) { c.codebook = true; });
    return {};
}

Status CodeStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM codes WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove code"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(id);
    recordChange(m_connection,
                 [](ChangeSet &c) { c.codebook = c.notes = true; }); // its notes go with it
    return {};
}

Result<int> CodeStore::usageCount(qint64 id) const
{
    auto query =
        sql::prepare(m_connection, u"SELECT count(*) FROM annotations WHERE code_id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot count code usage"_s); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QHash<qint64, int>> CodeStore::usageCounts() const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT code_id, count(*) FROM annotations
        WHERE code_id IS NOT NULL AND status <> 'rejected' GROUP BY code_id)"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot count code usage"_s); !done)
        return done.error();
    QHash<qint64, int> counts;
    while (query->next())
        counts.insert(query->value(0).toLongLong(), query->value(1).toInt());
    return counts;
}

} // namespace parallax
