#include "storage/sqlhelpers.h"

#include "util/logging.h"

#include <QSqlDatabase>
#include <QSqlError>

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

} // namespace parallax::sql
