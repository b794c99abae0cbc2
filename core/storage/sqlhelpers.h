// Small helpers shared by the stores: prepare, execute and turn Qt Sql errors into Error values.
#pragma once

#include "util/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

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

} // namespace parallax::sql
