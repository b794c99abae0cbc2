// A look at an existing library file before it is opened for writing, through a read-only
// connection that can change nothing (not even checkpoint a log left by a killed session):
// is it SQLite at all, another program's database, a newer Parallax's, or damaged?
#pragma once

#include "util/result.h"

#include <QString>

namespace parallax {

struct LibraryInspection
{
    int version = 0;           // PRAGMA user_version
    int tables = 0;            // tables of any kind in the file
    bool checked = false;      // whether quick_check ran
    QString damage;            // what quick_check (or reading) found; empty when sound
    bool uncleanClose = false; // a write-ahead log was left behind (or another program has it open)
};

enum class IntegrityCheck
{
    WhenInDoubt, // after an unclean close, and for a small library every time
    Always,      // the user asked
};

// Fails only when the file cannot be read as SQLite at all; damage that quick_check finds is
// reported in the result. A library this process has open is not read directly (that would
// release its locks; see libraryfiles.h), only through SQLite.
Result<LibraryInspection> inspectLibraryFile(const QString &path, IntegrityCheck check);

// The message for a damaged library: what was found and what to do.
QString damagedLibraryMessage(const QString &path, const QString &damage);

} // namespace parallax
