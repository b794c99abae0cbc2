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

// How a read-only connection reaches the file. Shared takes SQLite's locks and reads the log
// like any reader (and needs to create the -shm beside the library). Immutable, for a library
// nobody can be writing (its folder is read-only and it has no log), takes no locks and
// creates nothing.
enum class ReadAccess
{
    Shared,
    Immutable
};

// What SQLite should open for a read-only connection to path (a file: URI).
QString readOnlyUri(const QString &path, ReadAccess access);
// Immutable when the library's folder cannot be written and no log lies beside it; else Shared.
ReadAccess readAccessFor(const QString &path);

enum class IntegrityCheck
{
    WhenInDoubt, // after an unclean close, and for a small library every time
    Always,      // the user asked
};

// Fails only when the file cannot be read as SQLite at all; damage that quick_check finds is
// reported in the result. A library this process has open is not read directly (that would
// release its locks; see libraryfiles.h), only through SQLite.
Result<LibraryInspection> inspectLibraryFile(const QString &path, IntegrityCheck check,
                                             ReadAccess access = ReadAccess::Shared);

// SQLite's quick_check on a read-write connection that has not written yet: unlike on a
// read-only one it verifies CHECK constraints (a flipped bit in a row's value). The damage
// found; empty when sound.
QString checkRowsBeforeWriting(const QString &connectionName);

// The message for a damaged library: what was found and what to do.
QString damagedLibraryMessage(const QString &path, const QString &damage);

} // namespace parallax
