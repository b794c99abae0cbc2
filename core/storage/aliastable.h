// The alias lists shared by the people and places registries (person_aliases, place_aliases).
#pragma once

#include "util/result.h"

#include <QHash>
#include <QStringList>

namespace parallax {

// True when wanted equals name or one of the aliases, with Unicode case folding (SQLite's
// NOCASE folds ASCII only, and Киев must find КИЕВ).
bool matchesNameOrAlias(const QString &name, const QStringList &aliases, const QString &wanted);

class AliasTable final
{
public:
    enum class Owner
    {
        Person,
        Place
    };
    AliasTable(QString connectionName, Owner owner);

    Status replace(qint64 ownerId, const QStringList &aliases) const;
    Result<QHash<qint64, QStringList>> all() const;
    Result<QStringList> of(qint64 ownerId) const;

private:
    QString m_connection;
    QString m_table;
    QString m_ownerColumn;
};

} // namespace parallax
