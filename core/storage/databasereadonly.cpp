// Database::openReadOnly (a library read where it cannot be written) and
// Database::openAnotherConnection.
#include "storage/connectionregistry.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"
#include "storage/migrations.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlite/libraryinspection.h"
#include "storage/sqlite/locksentinel.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace parallax {

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path,
                                                         std::optional<ReadAccess> chosen)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound,
                         u"no library at %1"_s.arg(QDir::toNativeSeparators(path)));
    const ReadAccess access = chosen.value_or(readAccessFor(path));
    auto inspection =
        inspectLibraryFile(info.absoluteFilePath(), IntegrityCheck::WhenInDoubt, access);
    if (!inspection)
        return inspection.error();
    if (!inspection->damage.isEmpty())
        return makeError(ErrorCode::Damaged, damagedLibraryMessage(path, inspection->damage));
    if (inspection->version != Migrations::latestVersion())
        return makeError(
            ErrorCode::InvalidInput,
            inspection->version == 0
                ? u"%1 is not a Parallax library"_s.arg(path)
                : u"%1 has schema version %2 and this Parallax reads version %3; it cannot be "
                  u"upgraded where it cannot be written"_s.arg(path)
                      .arg(inspection->version)
                      .arg(Migrations::latestVersion()));

    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath()));
    database->m_readOnly = true;
    database->m_readAccess = access;
    const QString &name = database->m_connectionName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(readOnlyUri(database->m_path, access));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            return makeError(ErrorCode::Io,
                             u"cannot open the library %1: %2"_s.arg(path, db.lastError().text()));
    }
    {
        const std::lock_guard lock(connectionsMutex());
        connections().insert(name, database.get());
        libraryfiles::registerOpen(database->m_path);
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    if (m_readOnly)
        return openReadOnly(m_path, m_readAccess);
    Options options;
    options.createIfMissing = false;
    return open(m_path, options);
}

} // namespace parallax
