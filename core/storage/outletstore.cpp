#include "storage/outletstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {

OutletStore::OutletStore(const Database &database) : m_connection(database.connectionName()) {}

Result<qint64> OutletStore::ensure(const QString &name, const QString &domain)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"an outlet needs a name"_s);
    // The no-op update makes RETURNING give the id of an existing row too.
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO outlets(name, domain) VALUES (?, ?)
        ON CONFLICT(name) DO UPDATE SET domain = coalesce(outlets.domain, excluded.domain)
        RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(trimmed);
    query->addBindValue(sql::textOrNull(domain));
    if (Status done = sql::exec(*query, u"cannot store outlet"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store outlet %1"_s.arg(trimmed));
    return query->value(0).toLongLong();
}

Result<Outlet> OutletStore::get(qint64 id) const
{
    auto query = sql::prepare(m_connection, u"SELECT id, name, domain FROM outlets WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read outlet"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no outlet with id %1"_s.arg(id));
    return Outlet{query->value(0).toLongLong(), query->value(1).toString(),
                  query->value(2).toString()};
}

Result<QList<Outlet>> OutletStore::list() const
{
    auto query = sql::prepare(
        m_connection, u"SELECT id, name, domain FROM outlets ORDER BY name COLLATE NOCASE"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list outlets"_s); !done)
        return done.error();
    QList<Outlet> outlets;
    while (query->next())
        outlets.append(Outlet{query->value(0).toLongLong(), query->value(1).toString(),
                              query->value(2).toString()});
    return outlets;
}

Status OutletStore::rename(qint64 id, const QString &name)
{
    auto query = sql::prepare(m_connection, u"UPDATE outlets SET name = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(name.simplified());
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot rename outlet"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no outlet with id %1"_s.arg(id));
    return {};
}

Status OutletStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM outlets WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove outlet"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no outlet with id %1"_s.arg(id));
    return {};
}

} // namespace parallax
