#include "storage/aliastable.h"

#include "storage/sqlhelpers.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

bool matchesNameOrAlias(const QString &name, const QStringList &aliases, const QString &wanted)
{
    const auto same = [&wanted](const QString &text) {
        return text.compare(wanted, Qt::CaseInsensitive) == 0;
    };
    return same(name) || std::any_of(aliases.cbegin(), aliases.cend(), same);
}

AliasTable::AliasTable(QString connectionName, Owner owner)
    : m_connection(std::move(connectionName)),
      m_table(owner == Owner::Person ? u"person_aliases"_s : u"place_aliases"_s),
      m_ownerColumn(owner == Owner::Person ? u"person_id"_s : u"place_id"_s)
{}

Status AliasTable::replace(qint64 ownerId, const QStringList &aliases) const
{
    // Only the aliases that change are written: the others keep their rows, so an edit and
    // its undo leave the table exactly as it was.
    QStringList wanted;
    for (const QString &alias : aliases)
        if (const QString simple = alias.simplified();
            !simple.isEmpty() && !wanted.contains(simple))
            wanted.append(simple);
    Result<QStringList> current = of(ownerId);
    if (!current)
        return current.error();
    auto drop = sql::prepare(
        m_connection, u"DELETE FROM %1 WHERE %2 = ? AND alias = ?"_s.arg(m_table, m_ownerColumn));
    if (!drop)
        return drop.error();
    for (const QString &alias : std::as_const(*current)) {
        if (wanted.contains(alias))
            continue;
        drop->addBindValue(ownerId);
        drop->addBindValue(alias);
        if (Status done = sql::exec(*drop, u"cannot update aliases"_s); !done)
            return done;
    }
    auto insert = sql::prepare(
        m_connection,
        u"INSERT OR IGNORE INTO %1(%2, alias) VALUES (?, ?)"_s.arg(m_table, m_ownerColumn));
    if (!insert)
        return insert.error();
    for (const QString &alias : std::as_const(wanted)) {
        if (current->contains(alias))
            continue;
        insert->addBindValue(ownerId);
        insert->addBindValue(alias);
        if (Status done = sql::exec(*insert, u"cannot store alias '%1'"_s.arg(alias)); !done)
            return done;
    }
    return {};
}

Result<QHash<qint64, QStringList>> AliasTable::all() const
{
    auto query = sql::prepare(
        m_connection, u"SELECT %1, alias FROM %2 ORDER BY id"_s.arg(m_ownerColumn, m_table));
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list aliases"_s); !done)
        return done.error();
    QHash<qint64, QStringList> result;
    while (query->next())
        result[query->value(0).toLongLong()].append(query->value(1).toString());
    return result;
}

Result<QStringList> AliasTable::of(qint64 ownerId) const
{
    auto query = sql::prepare(m_connection, u"SELECT alias FROM %1 WHERE %2 = ? ORDER BY id"_s.arg(
                                                m_table, m_ownerColumn));
    if (!query)
        return query.error();
    query->addBindValue(ownerId);
    if (Status done = sql::exec(*query, u"cannot read aliases"_s); !done)
        return done.error();
    QStringList aliases;
    while (query->next())
        aliases.append(query->value(0).toString());
    return aliases;
}

} // namespace parallax
