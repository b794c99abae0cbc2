#include "storage/migrations.h"

#include "storage/sqlhelpers.h"
#include "storage/sqlite/tablerebuild.h"
#include "storage/transaction.h"
#include "util/logging.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Fails when any row points at a row that does not exist.
Status checkForeignKeys(const QString &connectionName, int version)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return sql::errorFrom(query, u"step %1"_s.arg(version));
    if (query.next())
        return makeError(ErrorCode::Constraint,
                         u"a row of %1 refers to a missing row of %2"_s.arg(
                             query.value(0).toString(), query.value(2).toString()));
    return {};
}

Status runStep(const QString &connectionName, const Migration &step)
{
    for (const QString &statement : step.statements) {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        if (!query.exec(statement))
            return sql::errorFrom(query, u"step %1"_s.arg(step.version));
    }
    if (step.rebuildWithNeverReusedIds.isEmpty())
        return {};
    if (Status rebuilt = rebuildWithNeverReusedIds(connectionName, step.rebuildWithNeverReusedIds);
        !rebuilt)
        return rebuilt;
    return checkForeignKeys(connectionName, step.version);
}

Status applyOne(const QString &connectionName, const Migration &step)
{
    // A rebuilt table is dropped and made again; with foreign keys on, the drop would delete
    // (or refuse) every row that refers to it. The pragma cannot change inside a transaction.
    const bool rebuilds = !step.rebuildWithNeverReusedIds.isEmpty();
    if (rebuilds)
        if (Status off = sql::execDirect(connectionName, u"PRAGMA foreign_keys = OFF"_s); !off)
            return off;
    const auto restoreKeys = qScopeGuard([&] {
        if (!rebuilds)
            return;
        if (Status on = sql::execDirect(connectionName, u"PRAGMA foreign_keys = ON"_s); !on)
            qCWarning(lcStorage) << "cannot turn foreign keys back on:" << on.error().message;
    });
    Transaction transaction(connectionName);
    if (!transaction.status())
        return transaction.status();
    // Read again under the write lock: another process may have just made this step.
    const Result<int> now = Migrations::currentVersion(connectionName);
    if (!now)
        return now.error();
    if (*now >= step.version)
        return {};
    qCInfo(lcStorage) << "migrating library to version" << step.version << step.description;
    if (Status done = runStep(connectionName, step); !done)
        return makeError(done.error().code,
                         u"cannot migrate the library to version %1 (%2): %3"_s.arg(step.version)
                             .arg(step.description, done.error().message));
    // PRAGMA takes no bound values; the version is an int from our own table.
    if (Status bumped =
            sql::execDirect(connectionName, u"PRAGMA user_version = %1"_s.arg(step.version));
        !bumped)
        return bumped;
    return transaction.commit();
}

} // namespace

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
        if (Status done = applyOne(connectionName, step); !done)
            return done;
    }
    return {};
}

} // namespace parallax
