#include "storage/sqlite/locksentinel.h"

#include <QByteArrayList>
#include <QFile>
#include <QtGlobal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <dirent.h>
#endif

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

#ifdef Q_OS_LINUX
// True when /proc/self/fdinfo/<fd> lists a POSIX lock owned by this process. The kernel lists
// there the locks taken through that descriptor ("lock:\t1: POSIX  ADVISORY  READ <pid> ...").
bool holdsPosixLock(int fd, const QByteArray &pid)
{
    const QByteArray path = QByteArrayLiteral("/proc/self/fdinfo/") + QByteArray::number(fd);
    const int info = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (info < 0)
        return false;
    char buffer[4096];
    const ssize_t length = ::read(info, buffer, sizeof buffer - 1);
    ::close(info);
    if (length <= 0)
        return false;
    const QByteArrayList lines = QByteArray(buffer, length).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("lock:"))
            continue;
        const QByteArrayList fields = line.simplified().split(' ');
        // lock: N: POSIX ADVISORY READ|WRITE PID DEV:INODE START END (waiters have "->")
        if (fields.size() > 5 && fields[2] == "POSIX" && fields[5] == pid)
            return true;
    }
    return false;
}
#endif

} // namespace

LockSentinel::LockSentinel(QString libraryPath) : m_path(std::move(libraryPath)) {}

void LockSentinel::arm()
{
    const auto library = libraryfiles::identityOf(m_path);
    const auto wal = libraryfiles::identityOf(m_path + u"-wal"_s);
    const auto shm = libraryfiles::identityOf(m_path + u"-shm"_s);
    m_armed = library && wal && shm;
    if (m_armed) {
        m_library = *library;
        m_wal = *wal;
        m_shm = *shm;
    }
    m_proof = {};
}

void LockSentinel::inspect(int fd, Findings &found) const
{
#ifdef Q_OS_LINUX
    const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(fd);
    struct stat status
    {
    };
    // stat() through the /proc link reaches the open file itself, even once unlinked.
    if (::stat(link.constData(), &status) != 0)
        return;
    const auto is = [&status](const libraryfiles::FileIdentity &id) {
        return status.st_dev == id.device && status.st_ino == id.inode;
    };
    static const QByteArray pid = QByteArray::number(qint64(::getpid()));
    if (is(m_wal)) {
        if (status.st_nlink == 0)
            found.deleted = u"another program deleted the library's write-ahead log"_s;
        else if (found.wal < 0)
            found.wal = fd;
    } else if (is(m_shm)) {
        if (status.st_nlink == 0)
            found.deleted = u"another program deleted the library's shared-memory index"_s;
        else if (found.shm < 0 && holdsPosixLock(fd, pid))
            found.shm = fd;
    } else if (is(m_library)) {
        if (found.library < 0 && holdsPosixLock(fd, pid))
            found.library = fd;
    }
#else
    Q_UNUSED(fd)
    Q_UNUSED(found)
#endif
}

std::optional<QString> LockSentinel::check() const
{
#ifdef Q_OS_LINUX
    if (!m_armed)
        return std::nullopt;
    if (libraryfiles::identityOf(m_path) != m_library)
        return u"the library file was moved, replaced or deleted while it was open"_s;

    // Most times the descriptors that held the locks last time still do: look at them alone.
    if (m_proof.complete()) {
        Findings again;
        for (const int fd : {m_proof.library, m_proof.wal, m_proof.shm})
            inspect(fd, again);
        if (again.complete() && !again.deleted)
            return std::nullopt;
    }

    DIR *descriptors = ::opendir("/proc/self/fd");
    if (!descriptors)
        return std::nullopt; // no /proc: nothing to go by
    Findings found;
    while (const dirent *entry = ::readdir(descriptors)) {
        bool number = false;
        const int fd = QByteArray(entry->d_name).toInt(&number);
        if (number)
            inspect(fd, found);
    }
    ::closedir(descriptors);
    if (found.deleted)
        return found.deleted;
    if (found.wal < 0)
        return u"the library's write-ahead log is no longer open"_s;
    if (found.library < 0 || found.shm < 0)
        return u"the library's files were opened and closed outside SQLite, which released "
               "its locks"_s;
    m_proof = found;
#endif
    return std::nullopt;
}

} // namespace parallax
