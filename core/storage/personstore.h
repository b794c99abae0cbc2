// Stores the people registry: canonical names, aliases and dated roles.
#pragma once

#include "domain/registry.h"
#include "util/result.h"

#include <QList>

namespace parallax {

class ChangeNotifier;
class Database;

class PersonStore final
{
public:
    explicit PersonStore(const Database &database);

    // Inserts with person.id when it is set (undo/redo restores the same id), else a new id.
    Result<qint64> create(const Person &person);
    Result<Person> get(qint64 id) const;
    Result<QList<Person>> list() const;
    // Ids of the people whose name or an alias equals text, ignoring case.
    Result<QList<qint64>> findByName(const QString &text) const;
    // Replaces name, description, aliases and roles.
    Status update(const Person &person);
    Status remove(qint64 id);

private:
    Status writeDetails(const Person &person);

    QString m_connection;
};

} // namespace parallax
