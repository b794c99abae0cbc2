// Stores the user's places registry: canonical names, kinds, parent regions and aliases.
#pragma once

#include "domain/registry.h"
#include "util/result.h"

#include <QList>

namespace parallax {

class ChangeNotifier;
class Database;

class PlaceStore final
{
public:
    explicit PlaceStore(const Database &database);

    // Inserts with place.id when it is set (undo/redo restores the same id), else a new id.
    Result<qint64> create(const Place &place);
    Result<Place> get(qint64 id) const;
    Result<QList<Place>> list() const;
    // Ids of the places whose name or an alias equals text, ignoring case.
    Result<QList<qint64>> findByName(const QString &text) const;
    Status update(const Place &place);
    Status remove(qint64 id);

private:
    QString m_connection;
};

} // namespace parallax
