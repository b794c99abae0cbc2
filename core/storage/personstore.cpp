#include "storage/personstore.h"

#include "storage/aliastable.h"
#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace parallax {

PersonStore::PersonStore(const Database &database) : m_connection(database.connectionName()) {}

Status PersonStore::writeDetails(const Person &person)
{
    if (Status aliases =
            AliasTable(m_connection, AliasTable::Owner::Person).replace(person.id, person.aliases);
        !aliases)
        return aliases;
    auto clear = sql::prepare(m_connection, u"DELETE FROM person_roles WHERE person_id = ?"_s);
    if (!clear)
        return clear.error();
    clear->addBindValue(person.id);
    if (Status done = sql::exec(*clear, u"cannot update roles"_s); !done)
        return done;
    auto role = sql::prepare(
        m_connection,
        u"INSERT INTO person_roles(person_id, role, since, until) VALUES (?, ?, ?, ?)"_s);
    if (!role)
        return role.error();
    for (const PersonRole &r : person.roles) {
        role->addBindValue(person.id);
        role->addBindValue(r.role);
        role->addBindValue(sql::textOrNull(r.since));
        role->addBindValue(sql::textOrNull(r.until));
        if (Status done = sql::exec(*role, u"cannot store role"_s); !done)
            return done;
    }
    return {};
}

Result<qint64> PersonStore::create(const Person &person)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status().error();
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO people(id, name, description, origin, kind) VALUES (?, ?, ?, ?, ?) RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(person.id > 0 ? QVariant(person.id)
                                      : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(person.name.simplified());
    query->addBindValue(sql::textOrNull(person.description));
    query->addBindValue(storedName(person.origin));
    query->addBindValue(storedName(person.kind));
    if (Status done = sql::exec(*query, u"cannot store person '%1'"_s.arg(person.name)); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store person"_s);
    Person stored = person;
    stored.id = query->value(0).toLongLong();
    query->finish();
    if (Status details = writeDetails(stored); !details)
        return details.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return stored.id;
}

Result<Person> PersonStore::get(qint64 id) const
{
    const Result<QList<Person>> all = list();
    if (!all)
        return all.error();
    for (const Person &person : *all)
        if (person.id == id)
            return person;
    return makeError(ErrorCode::NotFound, u"no person with id %1"_s.arg(id));
}

Result<QList<Person>> PersonStore::list() const
{
    auto people = sql::prepare(
        m_connection, u"SELECT id, name, description, origin, kind FROM people ORDER BY name"_s);
    if (!people)
        return people.error();
    if (Status done = sql::exec(*people, u"cannot list people"_s); !done)
        return done.error();
    QList<Person> result;
    QHash<qint64, qsizetype> index;
    while (people->next()) {
        Person p;
        p.id = people->value(0).toLongLong();
        p.name = people->value(1).toString();
        p.description = people->value(2).toString();
        p.origin = originFromString(people->value(3).toString());
        p.kind = speakerKindFromString(people->value(4).toString());
        index.insert(p.id, result.size());
        result.append(std::move(p));
    }
    const auto aliases = AliasTable(m_connection, AliasTable::Owner::Person).all();
    if (!aliases)
        return aliases.error();
    for (Person &person : result)
        person.aliases = aliases->value(person.id);
    auto roles = sql::prepare(
        m_connection, u"SELECT person_id, role, since, until FROM person_roles ORDER BY id"_s);
    if (!roles)
        return roles.error();
    if (Status done = sql::exec(*roles, u"cannot list roles"_s); !done)
        return done.error();
    while (roles->next())
        result[index.value(roles->value(0).toLongLong())].roles.append(PersonRole{
            roles->value(1).toString(), roles->value(2).toString(), roles->value(3).toString()});
    return result;
}

Result<QList<qint64>> PersonStore::findByName(const QString &text) const
{
    const QString wanted = text.simplified();
    const auto all = list();
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const Person &entry : *all) {
        if (matchesNameOrAlias(entry.name, entry.aliases, wanted))
            ids.append(entry.id);
    }
    return ids;
}

Status PersonStore::update(const Person &person)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    auto query = sql::prepare(
        m_connection, u"UPDATE people SET name = ?, description = ?, kind = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(person.name.simplified());
    query->addBindValue(sql::textOrNull(person.description));
    query->addBindValue(storedName(person.kind));
    query->addBindValue(person.id);
    if (Status done = sql::exec(*query, u"cannot update person"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no person with id %1"_s.arg(person.id));
    if (Status details = writeDetails(person); !details)
        return details;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return {};
}

Status PersonStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM people WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove person"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no person with id %1"_s.arg(id));
    recordChange(m_connection, [](ChangeSet &c) { c.registry = true; });
    return {};
}

} // namespace parallax
