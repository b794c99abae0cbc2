#include "storage/libraryfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <mutex>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace parallax::libraryfiles {
namespace {

// The path spelled canonically even when its last part does not exist yet.
QString canonicalSpelling(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName();
}

struct OpenLibrary
{
    QString path; // canonical
    int connections = 0;
};

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

QList<OpenLibrary> &registry()
{
    static QList<OpenLibrary> open;
    return open;
}

QString companionRole(const QString &suffix)
{
    if (suffix == u"-wal"_s)
        return u"the write-ahead log"_s;
    if (suffix == u"-shm"_s)
        return u"the shared-memory index"_s;
    return u"the rollback journal"_s;
}

} // namespace

std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

QString companionOwner(const QString &path)
{
    for (const char16_t *suffix : kCompanionSuffixes) {
        const QString tail = QString::fromUtf16(suffix);
        if (path.endsWith(tail) && path.size() > tail.size()) {
            const QString owner = path.chopped(tail.size());
            if (QFileInfo(owner).isFile())
                return owner;
        }
    }
    return {};
}

bool hasLibraryName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"sqlite"_s || suffix == u"sqlite3"_s || suffix == u"db"_s ||
           suffix == u"parallax"_s;
}

bool isSqliteHeader(const QByteArray &data)
{
    static const QByteArray header("SQLite format 3\0", 16);
    return data.startsWith(header);
}

void registerOpen(const QString &libraryPath)
{
    const QString path = canonicalSpelling(libraryPath);
    const std::lock_guard lock(registryMutex());
    for (OpenLibrary &library : registry()) {
        if (library.path == path) {
            ++library.connections;
            return;
        }
    }
    registry().append({path, 1});
}

void unregisterOpen(const QString &libraryPath)
{
    const QString path = canonicalSpelling(libraryPath);
    const std::lock_guard lock(registryMutex());
    QList<OpenLibrary> &open = registry();
    for (qsizetype i = 0; i < open.size(); ++i) {
        if (open[i].path == path && --open[i].connections <= 0) {
            open.removeAt(i);
            return;
        }
    }
}

std::optional<QString> openLibraryFile(const QString &path)
{
    const std::optional<FileIdentity> target = identityOf(path);
    const QString spelled = canonicalSpelling(path);
    const std::lock_guard lock(registryMutex());
    for (const OpenLibrary &library : std::as_const(registry())) {
        const QString name = QFileInfo(library.path).fileName();
        const auto same = [&](const QString &file) {
            if (!target)
                return spelled == file;
            const std::optional<FileIdentity> id = identityOf(file);
            return id && *id == *target;
        };
        if (same(library.path))
            return u"the open library %1"_s.arg(name);
        for (const char16_t *suffix : kCompanionSuffixes) {
            const QString tail = QString::fromUtf16(suffix);
            if (same(library.path + tail))
                return u"%1 of the open library %2"_s.arg(companionRole(tail), name);
        }
    }
    return std::nullopt;
}

Status checkNotLibraryFile(const QString &path, const QString &action)
{
    std::optional<QString> what = openLibraryFile(path);
    if (!what) {
        const QString owner = companionOwner(path);
        if (!owner.isEmpty()) {
            const QString tail = path.mid(owner.size());
            what = u"%1 of the library %2"_s.arg(companionRole(tail), QFileInfo(owner).fileName());
        }
    }
    if (!what)
        return {};
    return makeError(ErrorCode::InvalidInput, u"cannot %1 %2: it is %3"_s.arg(
                                                  action, QDir::toNativeSeparators(path), *what));
}

Status checkExportTarget(const QString &path)
{
    if (Status ok = checkNotLibraryFile(path, u"write"_s); !ok)
        return ok;
    // Not a library open here (checked above), so reading its first bytes releases nothing.
    QFile existing(path);
    if (existing.exists() && existing.open(QIODevice::ReadOnly) &&
        isSqliteHeader(existing.read(16)))
        return makeError(
            ErrorCode::InvalidInput,
            u"cannot write %1: it is a library (an SQLite database); choose another file"_s.arg(
                QDir::toNativeSeparators(path)));
    return {};
}

} // namespace parallax::libraryfiles
