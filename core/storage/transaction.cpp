#include "storage/transaction.h"

#include "storage/sqlhelpers.h"
#include "util/logging.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace parallax {

Transaction::Transaction(QString connectionName) : m_connectionName(std::move(connectionName))
{
    m_status = sql::execDirect(m_connectionName, u"BEGIN IMMEDIATE"_s);
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (const Status rolledBack = sql::execDirect(m_connectionName, u"ROLLBACK"_s); !rolledBack)
        qCWarning(lcStorage) << "rollback failed:" << rolledBack.error().message;
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(makeError(ErrorCode::Sql, u"transaction is not open"_s))
                             : m_status;
    Status committed = sql::execDirect(m_connectionName, u"COMMIT"_s);
    if (committed)
        m_open = false;
    return committed;
}

namespace {
QString nextSavepointName()
{
    static std::atomic<quint64> counter{0};
    return u"sp_%1"_s.arg(++counter);
}
} // namespace

Savepoint::Savepoint(QString connectionName) : m_connectionName(std::move(connectionName))
{
    m_name = nextSavepointName();
    m_status = sql::execDirect(m_connectionName, u"SAVEPOINT "_s + m_name);
    m_open = m_status.ok();
}

Savepoint::~Savepoint()
{
    if (!m_open)
        return;
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
    if (released)
        m_open = false;
    return released;
}

} // namespace parallax
