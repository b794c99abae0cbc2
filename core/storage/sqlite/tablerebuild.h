// Rebuilds tables of a library in place, keeping every row, index and trigger, for the schema
// changes SQLite cannot make with ALTER TABLE (such as ids that are never handed out twice).
#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace parallax {

// Gives each table's `id INTEGER PRIMARY KEY` the AUTOINCREMENT keyword, so a row id freed by
// a delete is never given to a new row: an undo step that names a removed passage can then
// never reach another one that took its id. Runs inside the caller's transaction, with
// foreign keys off (the caller checks them before committing); rows keep their ids.
Status rebuildWithNeverReusedIds(const QString &connectionName, const QStringList &tables);

} // namespace parallax
