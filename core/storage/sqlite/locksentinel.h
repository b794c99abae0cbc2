// Notices when this process has lost SQLite's locks on an open library.
//
// While a connection is open in write-ahead-log mode, SQLite holds a shared POSIX lock on the
// library file and one on its -shm index; other processes rely on them to know the library is
// in use. POSIX drops both the moment anything else in the process closes a handle on those
// files. Without them, another process that opens and closes the library takes itself for the
// last user: it checkpoints and deletes the -wal and -shm, and every later write of ours goes
// into a deleted file. Checking before each write transaction stops that before it costs data.
//
// Linux only (it reads /proc/self/fd and /proc/self/fdinfo, which open none of the library's
// files); elsewhere check() always reports the locks as held.
#pragma once

#include "storage/libraryfiles.h"

#include <QString>
#include <optional>

namespace parallax {

class LockSentinel final
{
public:
    explicit LockSentinel(QString libraryPath);

    // Records which files the library, its -wal and its -shm are. Call once the connection has
    // read the library, so that SQLite has opened and locked them.
    void arm();
    bool armed() const { return m_armed; }

    // Empty while the locks are held; otherwise what went wrong, in words for the user.
    std::optional<QString> check() const;

private:
    // The descriptors that showed the library's files open and locked.
    struct Findings
    {
        int library = -1;
        int wal = -1;
        int shm = -1;
        std::optional<QString> deleted;
        bool complete() const { return library >= 0 && wal >= 0 && shm >= 0; }
    };
    void inspect(int fd, Findings &found) const;

    QString m_path;
    libraryfiles::FileIdentity m_library;
    libraryfiles::FileIdentity m_wal;
    libraryfiles::FileIdentity m_shm;
    bool m_armed = false;
    mutable Findings m_proof;
};

} // namespace parallax
