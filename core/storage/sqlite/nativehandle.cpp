#include "storage/sqlite/nativehandle.h"

#include "util/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax::sqlite {
namespace {

std::atomic<bool> nativeAllowed{true};

// Whether Qt's driver runs the SQLite this program links: a handle from another copy of the
// library must not be passed to its functions.
bool sameSqliteAsQt(const QString &connectionName)
{
    static std::atomic<int> verdict{-1}; // -1 unknown, 0 different, 1 same
    if (const int known = verdict.load(); known >= 0)
        return known == 1;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(u"SELECT sqlite_source_id()"_s) || !query.next())
        return false;
    const bool same = query.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
    if (!same)
        qCWarning(lcStorage) << "Qt's SQLite" << query.value(0).toString()
                             << "is not the linked one" << sqlite3_sourceid()
                             << "; the C API paths are off";
    verdict = same ? 1 : 0;
    return same;
}

} // namespace

sqlite3 *nativeHandle(const QString &connectionName)
{
    if (!nativeAllowed.load())
        return nullptr;
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (!sameSqliteAsQt(connectionName))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void setNativeAccessAllowed(bool allowed)
{
    nativeAllowed = allowed;
}

bool skipCheckpointOnClose(const QString &connectionName)
{
    // Asked even while native access is off for comparisons: there is no QSqlQuery way, and
    // leaving it out could fold a stale log into the library.
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !sameSqliteAsQt(connectionName))
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    return db && sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK;
}

} // namespace parallax::sqlite
