#include "storage/transaction.h"

#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/writeturns.h"
#include "util/logging.h"

#include <QHash>
#include <atomic>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return u"sp_%1"_s.arg(++counter);
}

// Open Transactions per connection on this thread (a connection is used by one thread).
QHash<QString, int> &openTransactions()
{
    thread_local QHash<QString, int> open;
    return open;
}

} // namespace

Transaction::Transaction(QString connectionName) : m_connectionName(std::move(connectionName))
{
    if (openTransactions().value(m_connectionName) > 0) {
        m_savepoint = nextSavepointName();
        m_status = sql::execDirect(m_connectionName, u"SAVEPOINT "_s + m_savepoint);
    } else if (m_status = Database::checkLocksOf(m_connectionName); m_status) {
        // Long writers of this process give way while this one waits (writeturns.h).
        const WriteTurns::Waiting waiting(Database::writeTurnsOf(m_connectionName));
        m_status = sql::execDirect(m_connectionName, u"BEGIN IMMEDIATE"_s);
    }
    m_open = m_status.ok();
    if (m_open) {
        ++openTransactions()[m_connectionName];
        changes::openLevel(m_connectionName);
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --openTransactions()[m_connectionName];
    changes::dropLevel(m_connectionName);
    const Status rolledBack =
        m_savepoint.isEmpty() ? sql::execDirect(m_connectionName, u"ROLLBACK"_s)
        : sql::execDirect(m_connectionName, u"ROLLBACK TO "_s + m_savepoint).ok()
            ? sql::execDirect(m_connectionName, u"RELEASE "_s + m_savepoint)
            : Status(makeError(ErrorCode::Sql, u"cannot roll back to "_s + m_savepoint));
    if (!rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().message;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(makeError(ErrorCode::Sql, u"transaction is not open"_s))
                             : m_status;
    Status committed = sql::execDirect(
        m_connectionName, m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (committed) {
        m_open = false;
        --openTransactions()[m_connectionName];
        // The outermost commit publishes what the transaction changed (changeset.h).
        changes::commitLevel(m_connectionName);
    }
    return committed;
}

ReadSnapshot::ReadSnapshot(QString connectionName) : m_connectionName(std::move(connectionName))
{
    if (openTransactions().value(m_connectionName) > 0)
        return;
    m_status = sql::execDirect(m_connectionName, u"BEGIN DEFERRED"_s);
    m_open = m_status.ok();
    if (m_open)
        ++openTransactions()[m_connectionName];
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open)
        return;
    --openTransactions()[m_connectionName];
    // Nothing was written; ending the read lets the log be checkpointed past it.
    if (const Status ended = sql::execDirect(m_connectionName, u"COMMIT"_s); !ended)
        qCWarning(lcStorage) << "cannot end a read:" << ended.error().message;
}

Savepoint::Savepoint(QString connectionName) : m_connectionName(std::move(connectionName))
{
    m_name = nextSavepointName();
    m_status = sql::execDirect(m_connectionName, u"SAVEPOINT "_s + m_name);
    m_open = m_status.ok();
    if (m_open)
        changes::openLevel(m_connectionName);
}

Savepoint::~Savepoint()
{
    if (!m_open)
        return;
    changes::dropLevel(m_connectionName);
    // ROLLBACK TO keeps the savepoint on the stack; RELEASE then removes it.
    const Status undone = sql::execDirect(m_connectionName, u"ROLLBACK TO "_s + m_name);
    const Status released = sql::execDirect(m_connectionName, u"RELEASE "_s + m_name);
    if (!undone || !released)
        qCWarning(lcStorage) << "savepoint rollback failed";
}

Status Savepoint::release()
{
    if (!m_open)
        return m_status.ok() ? Status(makeError(ErrorCode::Sql, u"savepoint is not open"_s))
                             : m_status;
    Status released = sql::execDirect(m_connectionName, u"RELEASE "_s + m_name);
    if (released) {
        m_open = false;
        changes::commitLevel(m_connectionName);
    }
    return released;
}

} // namespace parallax
