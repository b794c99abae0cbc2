#include "storage/rowstate.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace parallax {

Result<RowState> readRowState(const Database &database, const RowRef &row)
{
    // Table names come from the commands' own constants, never from the user.
    const QString table = u'"' + QString(row.table).replace(u'"', u"\"\""_s) + u'"';
    auto query = sql::prepare(database.connectionName(),
                              row.wholeRow ? u"SELECT * FROM %1 WHERE id = ?"_s.arg(table)
                                           : u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    if (!query)
        return query.error();
    query->addBindValue(row.id);
    if (Status done = sql::exec(*query, u"cannot read %1 %2"_s.arg(row.table).arg(row.id)); !done)
        return done.error();
    if (!query->next())
        return RowState();
    QVariantList values;
    if (row.wholeRow) {
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            if (record.fieldName(i) != u"updated_at"_s)
                values.append(query->value(i));
    }
    return RowState(values);
}

} // namespace parallax
