#include "storage/placestore.h"

#include "storage/aliastable.h"
#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

Place readPlace(const QSqlQuery &query)
{
    Place p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.kind = placeKindFromString(query.value(2).toString()).value_or(PlaceKind::Other);
    p.parentId = sql::optionalId(query.value(3));
    p.origin = originFromString(query.value(4).toString());
    return p;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, u"no place with id %1"_s.arg(id));
}

} // namespace

PlaceStore::PlaceStore(const Database &database) : m_connection(database.connectionName()) {}

Result<qint64> PlaceStore::create(const Place &place)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status().error();
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO places(id, name, kind, parent_id, origin) VALUES (?, ?, ?, ?, ?)
        RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(place.id > 0 ? QVariant(place.id)
                                     : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(place.name.simplified());
    query->addBindValue(storedName(place.kind));
    query->addBindValue(sql::orNull(place.parentId));
    query->addBindValue(storedName(place.origin));
    if (Status done = sql::exec(*query, u"cannot store place '%1'"_s.arg(place.name)); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store place"_s);
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    if (Status aliases =
            AliasTable(m_connection, AliasTable::Owner::Place).replace(id, place.aliases);
        !aliases)
        return aliases.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return id;
}

Result<Place> PlaceStore::get(qint64 id) const
{
    auto query = sql::prepare(
        m_connection, u"SELECT id, name, kind, parent_id, origin FROM places WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read place"_s); !done)
        return done.error();
    if (!query->next())
        return notFound(id);
    Place place = readPlace(*query);
    const auto aliases = AliasTable(m_connection, AliasTable::Owner::Place).of(id);
    if (!aliases)
        return aliases.error();
    place.aliases = *aliases;
    return place;
}

Result<QList<Place>> PlaceStore::list() const
{
    auto query =
        sql::prepare(m_connection,
                     u"SELECT id, name, kind, parent_id, origin FROM places ORDER BY name, kind"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list places"_s); !done)
        return done.error();
    const auto aliases = AliasTable(m_connection, AliasTable::Owner::Place).all();
    if (!aliases)
        return aliases.error();
    QList<Place> places;
    while (query->next()) {
        Place place = readPlace(*query);
        place.aliases = aliases->value(place.id);
        places.append(std::move(place));
    }
    return places;
}

Result<QList<qint64>> PlaceStore::findByName(const QString &text) const
{
    const QString wanted = text.simplified();
    const auto all = list();
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const Place &entry : *all) {
        if (matchesNameOrAlias(entry.name, entry.aliases, wanted))
            ids.append(entry.id);
    }
    return ids;
}

Status PlaceStore::update(const Place &place)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    auto query = sql::prepare(
        m_connection, u"UPDATE places SET name = ?, kind = ?, parent_id = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(place.name.simplified());
    query->addBindValue(storedName(place.kind));
    query->addBindValue(sql::orNull(place.parentId));
    query->addBindValue(place.id);
    if (Status done = sql::exec(*query, u"cannot update place"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(place.id);
    if (Status aliases =
            AliasTable(m_connection, AliasTable::Owner::Place).replace(place.id, place.aliases);
        !aliases)
        return aliases;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return {};
}

Status PlaceStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM places WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove place"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(id);
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return {};
}

} // namespace parallax
