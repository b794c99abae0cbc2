#include "storage/sqlite/libraryinspection.h"

#include "storage/libraryfiles.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <atomic>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Below this size the check takes a few milliseconds, so it runs on every open.
constexpr qint64 kAlwaysCheckBytes = qint64(32) << 20;
constexpr int kMaxDamageLines = 5;

QString nextInspectionName()
{
    static std::atomic<quint64> counter{0};
    return u"parallax-inspection-%1"_s.arg(++counter);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return libraryfiles::isSqliteHeader(file.read(16));
}

// Corruption shows as SQLITE_CORRUPT (11) or SQLITE_NOTADB (26) on the first page read.
bool isDamageError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

} // namespace

QString checkRowsBeforeWriting(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    QStringList problems;
    if (query.exec(u"PRAGMA quick_check(%1)"_s.arg(kMaxDamageLines))) {
        while (query.next())
            problems.append(query.value(0).toString());
    } else {
        problems.append(query.lastError().text());
    }
    return problems == QStringList{u"ok"_s} ? QString() : problems.join(u"; "_s);
}

QString damagedLibraryMessage(const QString &path, const QString &damage)
{
    return u"the library %1 is damaged (%2). Parallax has not written to it. Salvage what can be "
           u"read into a new library (File ▸ Salvage Library…, or parallax-cli salvage), and keep "
           u"the damaged file until you have checked the new one."_s.arg(
               QDir::toNativeSeparators(path), damage);
}

QString readOnlyUri(const QString &path, ReadAccess access)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           (access == ReadAccess::Immutable ? u"?immutable=1"_s : u"?mode=ro"_s);
}

ReadAccess readAccessFor(const QString &path)
{
    const QFileInfo info(path);
    const bool folderWritable =
        ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) == 0;
    return !folderWritable && !QFileInfo::exists(path + u"-wal"_s) ? ReadAccess::Immutable
                                                                   : ReadAccess::Shared;
}

Result<LibraryInspection> inspectLibraryFile(const QString &path, IntegrityCheck check,
                                             ReadAccess access)
{
    LibraryInspection result;
    result.uncleanClose = QFileInfo::exists(path + u"-wal"_s);
    const QString name = nextInspectionName();
    QString failure;
    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(readOnlyUri(path, access));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(
                    u"SELECT (SELECT user_version FROM pragma_user_version), count(*) FROM sqlite_schema"_s) &&
                query.next()) {
                result.version = query.value(0).toInt();
                result.tables = query.value(1).toInt();
            } else {
                failure = query.lastError().text();
                damaged = isDamageError(query.lastError());
            }
            const bool small = QFileInfo(path).size() <= kAlwaysCheckBytes;
            const bool inDoubt = result.uncleanClose || small;
            if (failure.isEmpty() && (check == IntegrityCheck::Always || inDoubt)) {
                result.checked = true;
                QStringList problems;
                // The full check also compares every index with its table (a flipped bit in
                // an index is damage too); a large library after an unclean close gets the
                // quicker one. Neither verifies CHECK constraints on a read-only connection:
                // Database::open does that before it writes (checkRowsBeforeWriting).
                const QString pragma = small || check == IntegrityCheck::Always
                                           ? u"integrity_check"_s
                                           : u"quick_check"_s;
                if (query.exec(u"PRAGMA %1(%2)"_s.arg(pragma).arg(kMaxDamageLines))) {
                    while (query.next())
                        problems.append(query.value(0).toString());
                } else {
                    problems.append(query.lastError().text());
                }
                if (problems != QStringList{u"ok"_s})
                    result.damage = problems.join(u"; "_s);
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Only once SQLite has failed is the header read: while another opener creates the
    // library the file may be seen half-written outside SQLite's locks. (A library this
    // process has open is never read directly: that would release its locks.)
    if (damaged && !libraryfiles::openLibraryFile(path) && !hasSqliteHeader(path) &&
        QFileInfo(path).size() > 0)
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is not a Parallax library (it is not an SQLite database)"_s.arg(
                             QDir::toNativeSeparators(path)));
    if (damaged) {
        result.damage = failure;
        return result;
    }
    if (!failure.isEmpty())
        return makeError(ErrorCode::Io, u"cannot read the library %1: %2"_s.arg(
                                            QDir::toNativeSeparators(path), failure));
    if (!result.damage.isEmpty())
        qCWarning(lcStorage) << "library" << path << "is damaged:" << result.damage;
    return result;
}

} // namespace parallax
