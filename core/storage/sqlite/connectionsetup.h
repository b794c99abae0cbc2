// How a library connection is set up and what it asks of SQLite beyond plain SQL: the
// pragmas a writing connection runs, the check for another program's database, and the
// consistent copy made before a migration.
#pragma once

#include "util/result.h"

#include <QString>

namespace parallax::sqlite {

// Foreign keys on, write-ahead logging (waiting up to busyTimeoutMs for the file to be free
// to switch), the busy timeout, a larger cache, memory-mapped reads and NORMAL
// synchronisation. Run after the version check: switching to WAL rewrites the header.
Status configureForWriting(const QString &connectionName, const QString &path, int busyTimeoutMs);

// Whether the database at the connection has tables but no version of ours, read in one
// statement with the version, so a library another opener has just made (its first step
// commits tables and version together) is not taken for a stranger.
Result<bool> hasForeignTables(const QString &connectionName);

// A consistent copy of the library beside path, named path.v<version>-<UTC stamp>.bak
// (made unique); written under a temporary name and renamed when whole, so a kill leaves no
// broken backup under a backup's name. Returns the backup's path.
Result<QString> backUpBeforeMigration(const QString &connectionName, const QString &path,
                                      int version);

} // namespace parallax::sqlite
