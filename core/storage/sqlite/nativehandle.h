// The SQLite handle under a Qt connection, for the few paths that drive SQLite's C API
// directly: bulk writes and reads of hundreds of thousands of rows, and closing options Qt
// does not offer. Every one of them has a QSqlQuery way too, taken when there is no handle.
#pragma once

#include <QString>

struct sqlite3;

namespace parallax::sqlite {

// Null when the connection is not SQLite, or when Qt's driver runs another SQLite than the
// one this program links (a Qt built with its own copy): sqlite_source_id() of the
// connection is compared with sqlite3_sourceid() once per process. Null too while native
// access is turned off.
sqlite3 *nativeHandle(const QString &connectionName);

// Turns the C API paths off (or on again) for the whole process, so that the QSqlQuery ways
// can be compared with them. On by default.
void setNativeAccessAllowed(bool allowed);

// Closing this connection will not copy the write-ahead log into the library: for a
// connection that lost its locks or found the library damaged. False when that cannot be
// asked of this SQLite.
bool skipCheckpointOnClose(const QString &connectionName);

} // namespace parallax::sqlite
