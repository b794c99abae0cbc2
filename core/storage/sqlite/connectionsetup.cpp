#include "storage/sqlite/connectionsetup.h"

#include "storage/sqlhelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace parallax::sqlite {
namespace {

Result<QString> pragmaValue(const QString &connectionName, const QString &pragma)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(pragma))
        return sql::errorFrom(query, pragma);
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

Status configureForWriting(const QString &name, const QString &path, int busyTimeoutMs)
{
    if (Status fk = sql::execDirect(name, u"PRAGMA foreign_keys = ON"_s); !fk)
        return fk.error();
    // Switching to WAL needs the file to itself for a moment, and SQLite does not wait for
    // that on its own: another opener of a new library may hold it just then.
    Result<QString> mode = pragmaValue(name, u"PRAGMA journal_mode = WAL"_s);
    QElapsedTimer waited;
    waited.start();
    while (!mode && waited.elapsed() < qMax(0, busyTimeoutMs)) {
        QThread::msleep(20);
        mode = pragmaValue(name, u"PRAGMA journal_mode = WAL"_s);
    }
    if (!mode)
        return mode.error();
    if (mode->compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(
            ErrorCode::Io,
            u"cannot switch %1 to write-ahead logging (mode is %2)"_s.arg(path, *mode));
    if (Status busy =
            sql::execDirect(name, u"PRAGMA busy_timeout = %1"_s.arg(qMax(0, busyTimeoutMs)));
        !busy)
        return busy.error();
    // Full-text merges touch many pages; the default 2 MB cache makes them reread from disk.
    if (Status cache = sql::execDirect(name, u"PRAGMA cache_size = -65536"_s); !cache)
        return cache.error();
    // Reads map the file instead of copying every page through read(); a large library's
    // article list and facet counts scan hundreds of megabytes.
    if (Status map = sql::execDirect(name, u"PRAGMA mmap_size = 1073741824"_s); !map)
        return map.error();
    // NORMAL in WAL mode keeps every committed transaction across a crash of the program.
    if (Status sync = sql::execDirect(name, u"PRAGMA synchronous = NORMAL"_s); !sync)
        return sync.error();
    return {};
}

Result<bool> hasForeignTables(const QString &connectionName)
{
    const Result<QString> tables = pragmaValue(
        connectionName,
        u"SELECT count(*) FROM sqlite_master WHERE (SELECT user_version FROM pragma_user_version) = 0"_s);
    if (!tables)
        return tables.error();
    return tables->toInt() > 0;
}

Result<QString> backUpBeforeMigration(const QString &connectionName, const QString &path,
                                      int version)
{
    // A name no earlier backup has, even one made in the same second (a retry after a kill).
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = u"%1.v%2-%3.bak"_s.arg(path).arg(version).arg(stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = u"%1.v%2-%3-%4.bak"_s.arg(path).arg(version).arg(stamp).arg(n);
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    // VACUUM INTO copies a consistent snapshot, including pages still in the WAL.
    auto query = sql::prepare(connectionName, u"VACUUM INTO ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(partial);
    if (Status done = sql::exec(*query, u"cannot back up the library before migrating"_s); !done) {
        QFile::remove(partial);
        return done.error();
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, u"cannot name the backup %1"_s.arg(target));
    }
    return target;
}

} // namespace parallax::sqlite
