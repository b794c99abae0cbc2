// Reads many rows quickly: through SQLite's C API on the library's own handle (far quicker
// than QSqlQuery over hundreds of thousands of rows), or through QSqlQuery when there is no
// handle to drive (see nativehandle.h). Callers read a row the same way either way.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class QSqlQuery;
struct sqlite3_stmt;

namespace parallax::sqlite {

// One row of a result, valid only inside the callback that receives it.
class Row final
{
public:
    explicit Row(sqlite3_stmt *statement) : m_statement(statement) {}
    explicit Row(const QSqlQuery *query) : m_query(query) {}

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Empty for NULL.
    QString text(int column) const;
    // The first byte of a text column, '\0' for NULL or empty: tells stored enum names apart
    // without making a string.
    char firstByte(int column) const;
    // The length of a text column in UTF-8 bytes.
    int bytes(int column) const;
    std::optional<qint64> optionalId(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional(integer(column));
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    const QSqlQuery *m_query = nullptr;
};

// Runs statement on the connection and hands each row to row(); parameter ?1, when the
// statement has one, is bound to textParameter. what names the work in the error ("list
// articles").
Status forEachRow(const QString &connectionName, const QByteArray &statement,
                  const QByteArray &textParameter, const std::function<void(const Row &)> &row,
                  const QString &what);

} // namespace parallax::sqlite
