// Stores the news outlets that articles come from.
#pragma once

#include "domain/article.h"
#include "util/result.h"

#include <QList>

namespace parallax {

class Database;

class OutletStore final
{
public:
    explicit OutletStore(const Database &database);

    // The id of the outlet with this name (case-insensitive), creating it when new.
    Result<qint64> ensure(const QString &name, const QString &domain = {});
    Result<Outlet> get(qint64 id) const;
    Result<QList<Outlet>> list() const;
    Status rename(qint64 id, const QString &name);
    Status remove(qint64 id);

private:
    QString m_connection;
};

} // namespace parallax
