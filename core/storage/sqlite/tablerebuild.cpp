#include "storage/sqlite/tablerebuild.h"

#include "storage/sqlhelpers.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

Result<QStringList> column(const QString &connectionName, const QString &statement,
                           const QString &table, const QString &what)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.prepare(statement))
        return sql::errorFrom(query, what);
    query.addBindValue(table);
    if (!query.exec())
        return sql::errorFrom(query, what);
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// The table's CREATE statement for a copy named rebuilt, with AUTOINCREMENT on its id.
Result<QString> rebuiltDefinition(const QString &definition, const QString &table,
                                  const QString &rebuilt)
{
    static const QRegularExpression head(uR"(^\s*CREATE\s+TABLE\s+("?)(\w+)\1\s*\()"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression id(
        uR"(\bid\s+INTEGER\s+PRIMARY\s+KEY\b(\s+AUTOINCREMENT\b)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch name = head.match(definition);
    const QRegularExpressionMatch key = id.match(definition);
    if (!name.hasMatch() || name.captured(2) != table || !key.hasMatch())
        return makeError(ErrorCode::Sql,
                         u"the table %1 has no integer id to rebuild with"_s.arg(table));
    QString result = definition;
    if (key.captured(1).isEmpty())
        result.replace(key.capturedStart(), key.capturedLength(),
                       u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s);
    result.replace(name.capturedStart(), name.capturedLength(),
                   u"CREATE TABLE %1 ("_s.arg(quoted(rebuilt)));
    return result;
}

Status rebuildOne(const QString &connectionName, const QString &table)
{
    const QString what = u"cannot rebuild the table %1"_s.arg(table);
    auto definition =
        column(connectionName, u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?"_s,
               table, what);
    if (!definition)
        return definition.error();
    if (definition->size() != 1)
        return makeError(ErrorCode::Sql, what + u": it does not exist"_s);
    // Indexes and triggers go with the old table and are made again, word for word.
    auto dependents =
        column(connectionName,
               u"SELECT sql FROM sqlite_schema WHERE tbl_name = ? "
               u"AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid"_s,
               table, what);
    if (!dependents)
        return dependents.error();
    auto columns = column(connectionName, u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s,
                          table, what);
    if (!columns)
        return columns.error();

    const QString rebuilt = table + u"_rebuilt"_s;
    auto created = rebuiltDefinition(definition->constFirst(), table, rebuilt);
    if (!created)
        return created.error();
    QStringList names;
    for (const QString &name : std::as_const(*columns))
        names.append(quoted(name));
    const QString list = names.join(u", "_s);
    QStringList statements{
        *created,
        u"INSERT INTO %1 (%2) SELECT %2 FROM %3"_s.arg(quoted(rebuilt), list, quoted(table)),
        u"DROP TABLE %1"_s.arg(quoted(table)),
        u"ALTER TABLE %1 RENAME TO %2"_s.arg(quoted(rebuilt), quoted(table)),
    };
    statements += *dependents;
    for (const QString &statement : std::as_const(statements))
        if (Status done = sql::execDirect(connectionName, statement); !done)
            return makeError(done.error().code, what + u": "_s + done.error().message);
    return {};
}

} // namespace

Status rebuildWithNeverReusedIds(const QString &connectionName, const QStringList &tables)
{
    for (const QString &table : tables)
        if (Status done = rebuildOne(connectionName, table); !done)
            return done;
    return {};
}

} // namespace parallax
