#include "storage/sqlhelpers.h"

#include "util/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax::sql {
namespace {

constexpr int kSqliteConstraint = 19;
constexpr int kSqliteBusy = 5;

bool isConstraint(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes keep the primary code in the low byte.
    return ok && (code & 0xff) == kSqliteConstraint;
}

bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == kSqliteBusy;
}

} // namespace

Error errorFrom(const QSqlQuery &query, const QString &context)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (isBusy(error))
        text = u"the library is locked by another program (%1)"_s.arg(text);
    return Error{isConstraint(error) ? ErrorCode::Constraint : ErrorCode::Sql,
                 u"%1: %2"_s.arg(context, text)};
}

Result<QSqlQuery> prepare(const QString &connectionName, const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.prepare(statement))
        return errorFrom(query, u"cannot prepare statement"_s);
    return query;
}

Status exec(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return errorFrom(query, context);
    return {};
}

Status execDirect(const QString &connectionName, const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(statement))
        return errorFrom(query, statement.section(u' ', 0, 1));
    return {};
}

QVariant orNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

std::optional<qint64> optionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return chars ? QString::fromUtf8(chars, sqlite3_column_bytes(statement, column)) : QString();
}

Status forEachRow(sqlite3 *db, const QByteArray &statementText, const QByteArray &textParameter,
                  const std::function<void(sqlite3_stmt *)> &row, const QString &what)
{
    if (!db)
        return makeError(ErrorCode::Sql,
                         u"cannot %1: the library connection is not SQLite"_s.arg(what));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, statementText.constData(), int(statementText.size()), &statement,
                           nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Sql,
                         u"cannot %1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    if (sqlite3_bind_parameter_count(statement) > 0)
        sqlite3_bind_text(statement, 1, textParameter.constData(), int(textParameter.size()),
                          SQLITE_TRANSIENT);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return makeError(ErrorCode::Sql, u"cannot %1: %2"_s.arg(what, error));
    return {};
}

namespace {

// Whether Qt's driver runs the SQLite this program links: a handle from another copy of the
// library (a Qt built with its own SQLite) must not be passed to these functions.
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
                             << "; the fast paths are off";
    verdict = same ? 1 : 0;
    return same;
}

} // namespace

sqlite3 *nativeHandle(const QString &connectionName)
{
    const QVariant handle = QSqlDatabase::database(connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (!sameSqliteAsQt(connectionName))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace parallax::sql
