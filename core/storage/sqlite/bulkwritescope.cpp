#include "storage/sqlite/bulkwritescope.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "util/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// 64 MB of 4 KB pages: a checkpoint (and its fsyncs) every few thousand articles, not every batch.
constexpr int kBulkCheckpointPages = 16384;

} // namespace

BulkWriteScope::BulkWriteScope(const Database &database) : m_connection(database.connectionName())
{
    QSqlQuery query(database.handle());
    if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next())
        m_previousPages = query.value(0).toInt();
    if (!sql::execDirect(m_connection,
                         u"PRAGMA wal_autocheckpoint = %1"_s.arg(kBulkCheckpointPages)))
        qCWarning(lcStorage) << "cannot raise the checkpoint threshold for a bulk write";
}

BulkWriteScope::~BulkWriteScope()
{
    // Committed data is safe in the log either way; this only moves it into the main file.
    if (!sql::execDirect(m_connection, u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_previousPages)) ||
        !sql::execDirect(m_connection, u"PRAGMA wal_checkpoint(PASSIVE)"_s))
        qCWarning(lcStorage) << "cannot checkpoint after a bulk write";
}

} // namespace parallax
