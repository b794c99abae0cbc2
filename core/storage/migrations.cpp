#include "storage/migrations.h"

#include "storage/sqlhelpers.h"
#include "storage/transaction.h"
#include "util/logging.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {

Result<int> Migrations::currentVersion(const QString &connectionName)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sql::errorFrom(query, u"cannot read the library version"_s);
    return query.value(0).toInt();
}

Status Migrations::checkNotNewer(const QString &connectionName, const QList<Migration> &steps)
{
    const Result<int> version = currentVersion(connectionName);
    if (!version)
        return version.error();
    const int known = steps.isEmpty() ? 0 : steps.constLast().version;
    if (*version > known)
        return makeError(ErrorCode::NewerSchema,
                         u"the library was written by a newer Parallax (schema version %1; this "
                         u"program knows up to %2). Update Parallax to open it; the file was not "
                         u"changed."_s.arg(*version)
                             .arg(known));
    return {};
}

Status Migrations::apply(const QString &connectionName, const QList<Migration> &steps)
{
    if (Status notNewer = checkNotNewer(connectionName, steps); !notNewer)
        return notNewer;
    const Result<int> version = currentVersion(connectionName);
    if (!version)
        return version.error();

    for (const Migration &step : steps) {
        if (step.version <= *version)
            continue;
        Transaction transaction(connectionName);
        if (!transaction.status())
            return transaction.status();
        // Read again under the write lock: another process may have just made this step.
        const Result<int> now = currentVersion(connectionName);
        if (!now)
            return now.error();
        if (*now >= step.version)
            continue;
        qCInfo(lcStorage) << "migrating library to version" << step.version << step.description;
        for (const QString &statement : step.statements) {
            QSqlQuery query(QSqlDatabase::database(connectionName, false));
            if (!query.exec(statement)) {
                const Error cause = sql::errorFrom(query, u"step %1"_s.arg(step.version));
                return makeError(cause.code, u"cannot migrate the library to version %1 (%2): %3"_s
                                                 .arg(step.version)
                                                 .arg(step.description, cause.message));
            }
        }
        // PRAGMA takes no bound values; the version is an int from our own table.
        if (Status bumped = sql::execDirect(connectionName,
                                            u"PRAGMA user_version = %1"_s.arg(step.version));
            !bumped)
            return bumped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace parallax
