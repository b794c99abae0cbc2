// Small helpers shared by the stores: prepare, execute and turn Qt Sql errors into Error values.
#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace parallax::sql {

Result<QSqlQuery> prepare(const QString &connectionName, const QString &statement);
Status exec(QSqlQuery &query, const QString &context);
// Runs a statement that takes no values, such as a PRAGMA or BEGIN.
Status execDirect(const QString &connectionName, const QString &statement);

Error errorFrom(const QSqlQuery &query, const QString &context);

QVariant orNull(const std::optional<qint64> &value);
QVariant orNull(const std::optional<int> &value);
QVariant orNull(const std::optional<double> &value);
QVariant textOrNull(const QString &value);
// Never NULL: a null QString binds as NULL, which NOT NULL text columns refuse.
QVariant text(const QString &value);

std::optional<qint64> optionalId(const QVariant &value);

// The SQLite handle under a Qt connection, for the few hot paths that bypass QSqlQuery;
// null when the connection is not SQLite.
sqlite3 *nativeHandle(const QString &connectionName);
// A text column of a C API statement; empty for NULL.
QString columnText(sqlite3_stmt *statement, int column);
// Runs statement through the C API (far quicker than QSqlQuery over hundreds of thousands of
// rows) and hands each row to row(); parameter ?1, when the statement has one, is bound to
// textParameter. what names the work in the error ("list articles").
Status forEachRow(sqlite3 *db, const QByteArray &statement, const QByteArray &textParameter,
                  const std::function<void(sqlite3_stmt *)> &row, const QString &what);

} // namespace parallax::sql
