#include "storage/sqlite/rowreader.h"

#include "storage/sqlite/nativehandle.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax::sqlite {
namespace {

Status readNatively(sqlite3 *db, const QByteArray &statementText, const QByteArray &parameter,
                    const std::function<void(const Row &)> &row, const QString &what)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, statementText.constData(), int(statementText.size()), &statement,
                           nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Sql,
                         u"cannot %1: %2"_s.arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    if (sqlite3_bind_parameter_count(statement) > 0)
        sqlite3_bind_text(statement, 1, parameter.constData(), int(parameter.size()),
                          SQLITE_TRANSIENT);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        row(Row(statement));
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return makeError(ErrorCode::Sql, u"cannot %1: %2"_s.arg(what, error));
    return {};
}

Status readThroughQt(const QString &connectionName, const QByteArray &statementText,
                     const QByteArray &parameter, const std::function<void(const Row &)> &row,
                     const QString &what)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromUtf8(statementText)))
        return makeError(ErrorCode::Sql, u"cannot %1: %2"_s.arg(what, query.lastError().text()));
    if (statementText.contains('?'))
        query.addBindValue(QString::fromUtf8(parameter));
    if (!query.exec())
        return makeError(ErrorCode::Sql, u"cannot %1: %2"_s.arg(what, query.lastError().text()));
    while (query.next())
        row(Row(&query));
    if (query.lastError().isValid())
        return makeError(ErrorCode::Sql, u"cannot %1: %2"_s.arg(what, query.lastError().text()));
    return {};
}

} // namespace

bool Row::isNull(int column) const
{
    return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL
                       : m_query->isNull(column);
}

qint64 Row::integer(int column) const
{
    return m_statement ? sqlite3_column_int64(m_statement, column)
                       : m_query->value(column).toLongLong();
}

double Row::real(int column) const
{
    return m_statement ? sqlite3_column_double(m_statement, column)
                       : m_query->value(column).toDouble();
}

QString Row::text(int column) const
{
    if (!m_statement)
        return m_query->value(column).toString();
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return chars ? QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column)) : QString();
}

char Row::firstByte(int column) const
{
    if (!m_statement) {
        const QString value = m_query->value(column).toString();
        return value.isEmpty() ? '\0' : char(value.at(0).toLatin1());
    }
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return chars ? chars[0] : '\0';
}

int Row::bytes(int column) const
{
    return m_statement ? sqlite3_column_bytes(m_statement, column)
                       : int(m_query->value(column).toString().toUtf8().size());
}

Status forEachRow(const QString &connectionName, const QByteArray &statement,
                  const QByteArray &textParameter, const std::function<void(const Row &)> &row,
                  const QString &what)
{
    if (sqlite3 *db = nativeHandle(connectionName))
        return readNatively(db, statement, textParameter, row, what);
    return readThroughQt(connectionName, statement, textParameter, row, what);
}

} // namespace parallax::sqlite
