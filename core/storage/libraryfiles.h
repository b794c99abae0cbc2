// Which files belong to a library, and which libraries this process has open.
//
// SQLite guards a library with POSIX advisory locks, and POSIX drops every lock a process
// holds on a file as soon as any handle the process has on that file is closed, whoever opened
// it. So code that opens a library's file by path (to read it as an article, export over it,
// sniff its type) silently unlocks the library, and another process may then delete its
// write-ahead log. Every path a user hands to Parallax is checked here before it is opened.
#pragma once

#include "util/result.h"

#include <QString>
#include <optional>
#include <sys/types.h>

namespace parallax::libraryfiles {

// Which file a path names: device and inode, read with stat(), which opens nothing.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};
std::optional<FileIdentity> identityOf(const QString &path);

// The files SQLite keeps beside a library while it is open.
inline constexpr const char16_t *kCompanionSuffixes[] = {u"-wal", u"-shm", u"-journal"};

// The library a companion file belongs to ("L.sqlite" for "L.sqlite-wal"), when path is named
// like one and that library exists; empty otherwise.
QString companionOwner(const QString &path);

// Names a library usually has: .sqlite, .sqlite3, .db, .parallax.
bool hasLibraryName(const QString &path);

// True when data starts with the SQLite database header.
bool isSqliteHeader(const QByteArray &data);

// Bookkeeping of the libraries open in this process, kept by Database (reference counted, so
// several connections to one library count once).
void registerOpen(const QString &libraryPath);
void unregisterOpen(const QString &libraryPath);

// When path is a library open in this process or one of its companion files (the same file
// by device and inode, or the same name when it does not exist yet), what it is, in words
// for the user ("the open library L.sqlite"); empty otherwise. Never opens path.
std::optional<QString> openLibraryFile(const QString &path);

// Refuses (without opening anything) a path that openLibraryFile() names, or a companion of
// any library; `action` says what was to be done ("import", "export to").
Status checkNotLibraryFile(const QString &path, const QString &action);

// checkNotLibraryFile(path, "write"), and refuses to replace an existing SQLite database (any
// library, open or not), so that an export never overwrites a user's library.
Status checkExportTarget(const QString &path);

} // namespace parallax::libraryfiles
