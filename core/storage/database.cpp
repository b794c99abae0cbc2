#include "storage/database.h"

#include "storage/changenotifier.h"
#include "storage/connectionregistry.h"
#include "storage/libraryfiles.h"
#include "storage/migrations.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlite/connectionsetup.h"
#include "storage/sqlite/libraryinspection.h"
#include "storage/sqlite/locksentinel.h"
#include "storage/sqlite/nativehandle.h"
#include "storage/writeturns.h"
#include "util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace parallax {

// The open libraries by connection name (connectionregistry.h).
QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"parallax-library-%1"_s.arg(++counter);
}

std::mutex &connectionsMutex()
{
    static std::mutex mutex;
    return mutex;
}

QHash<QString, Database *> &connections()
{
    static QHash<QString, Database *> open;
    return open;
}

namespace {

// One notifier per library file, shared by its connections and kept while any is open.
std::shared_ptr<ChangeNotifier> sharedNotifier(const QString &path)
{
    static QHash<QString, std::weak_ptr<ChangeNotifier>> notifiers;
    const std::lock_guard lock(connectionsMutex());
    if (auto existing = notifiers.value(path).lock())
        return existing;
    auto created = std::make_shared<ChangeNotifier>();
    notifiers.insert(path, created);
    return created;
}

} // namespace

WriteTurns *Database::writeTurnsOf(const QString &connectionName)
{
    const std::lock_guard lock(connectionsMutex());
    const Database *database = connections().value(connectionName);
    return database ? database->writeTurns() : nullptr;
}

ChangeNotifier *Database::notifierOf(const QString &connectionName)
{
    const std::lock_guard lock(connectionsMutex());
    const Database *database = connections().value(connectionName);
    return database ? database->notifier() : nullptr;
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)),
      m_notifier(sharedNotifier(m_path)), m_turns(WriteTurns::of(m_path)),
      m_sentinel(std::make_unique<LockSentinel>(m_path))
{}

Database::~Database()
{
    {
        const std::lock_guard lock(connectionsMutex());
        if (connections().remove(m_connectionName) > 0)
            libraryfiles::unregisterOpen(m_path);
    }
    if (m_locksLost) {
        // Without our locks SQLite cannot know whether others use the library: a checkpoint
        // on close could copy a stale log over newer pages, and deleting the log could drop
        // another process's commits. Close without either; the next opener recovers the log.
        sqlite::skipCheckpointOnClose(m_connectionName);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::checkLocks()
{
    if (!m_locksLost) {
        const std::optional<QString> lost = m_sentinel->check();
        if (!lost)
            return {};
        m_locksLost = true;
        m_locksLostReason = u"Parallax stopped writing to the library %1 because %2. Nothing "
                            "saved so far is lost; reopen the library to go on."_s.arg(
                                QDir::toNativeSeparators(m_path), *lost);
        qCWarning(lcStorage) << "lost the locks on" << m_path << ":" << *lost;
        // Undo commands hold the notifier silent while they write; this must reach the window
        // (which reacts later, through a queued connection) all the same.
        const bool silenced = m_notifier->blockSignals(false);
        emit m_notifier->locksLost(m_locksLostReason);
        m_notifier->blockSignals(silenced);
    }
    return makeError(ErrorCode::LockLost, m_locksLostReason);
}

Status Database::checkLocksOf(const QString &connectionName)
{
    Database *database = nullptr;
    {
        const std::lock_guard lock(connectionsMutex());
        database = connections().value(connectionName);
    }
    // A connection is used by one thread only, so the object is not touched concurrently.
    return database ? database->checkLocks() : Status();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"no library path given"_s);
    if (const QString owner = libraryfiles::companionOwner(path); !owner.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is a file SQLite keeps beside the library %2, not a library"_s.arg(
                             QDir::toNativeSeparators(path), QDir::toNativeSeparators(owner)));
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && !info.isFile())
        return makeError(ErrorCode::Io, u"%1 is not a file"_s.arg(path));
    if (!existed) {
        if (!options.createIfMissing)
            return makeError(ErrorCode::NotFound, u"no library at %1"_s.arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io,
                             u"cannot create the folder %1"_s.arg(info.absolutePath()));
    }

    const QList<Migration> &steps = options.migrations ? *options.migrations : Migrations::all();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    // A library this process has open already was looked at when it was first opened; and
    // reading its file directly now would release the open connection's locks.
    std::optional<LibraryInspection> inspected;
    if (existed && !libraryfiles::openLibraryFile(info.absoluteFilePath())) {
        // Through a read-only connection first: a file that is refused is left exactly as it
        // was, log and all, and a damaged one is never written to.
        auto inspection = inspectLibraryFile(info.absoluteFilePath(),
                                             options.verify ? IntegrityCheck::Always
                                                            : IntegrityCheck::WhenInDoubt);
        if (!inspection && readAccessFor(path) == ReadAccess::Immutable)
            return makeError(
                ErrorCode::Io,
                u"the library %1 cannot be changed: its folder is read-only. Parallax can "
                u"still read it (list, show, search, stats and export)"_s.arg(
                    QDir::toNativeSeparators(path)));
        if (!inspection)
            return inspection.error();
        if (!inspection->damage.isEmpty())
            return makeError(ErrorCode::Damaged, damagedLibraryMessage(path, inspection->damage));
        if (inspection->version == 0 && inspection->tables > 0)
            return makeError(
                ErrorCode::InvalidInput,
                u"%1 is an SQLite database of another program, not a Parallax library; it was not changed"_s
                    .arg(path));
        if (inspection->version > latest)
            return makeError(
                ErrorCode::NewerSchema,
                u"%1: the library was written by a newer Parallax (schema version %2; this program "
                u"knows up to %3). Update Parallax to open it; the file was not changed."_s
                    .arg(path)
                    .arg(inspection->version)
                    .arg(latest));
        inspected = *inspection;
    }

    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath()));
    database->m_created = !existed;
    const QString &name = database->m_connectionName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!db.open())
            return makeError(ErrorCode::Io,
                             u"cannot open the library %1: %2"_s.arg(path, db.lastError().text()));
    }
    if (inspected && inspected->checked) {
        if (const QString damage = checkRowsBeforeWriting(name); !damage.isEmpty()) {
            // Closed without folding a log left by the last session into the damaged file.
            sqlite::skipCheckpointOnClose(name);
            qCWarning(lcStorage) << "library" << path << "is damaged:" << damage;
            return makeError(ErrorCode::Damaged, damagedLibraryMessage(path, damage));
        }
    }

    // The version check comes before any pragma that writes (journal_mode rewrites the
    // header), so a file from a newer program is left exactly as it was.
    const Result<int> version = Migrations::currentVersion(name);
    if (!version)
        return makeError(ErrorCode::Io,
                         u"%1 is not a Parallax library (%2)"_s.arg(path, version.error().message));
    // Another program's database (no version of ours, tables of its own) is left as it is.
    if (*version == 0 && existed) {
        const Result<bool> foreign = sqlite::hasForeignTables(name);
        if (!foreign)
            return makeError(ErrorCode::Io, u"%1 is not a Parallax library (%2)"_s.arg(
                                                path, foreign.error().message));
        if (*foreign)
            return makeError(
                ErrorCode::InvalidInput,
                u"%1 is an SQLite database of another program, not a Parallax library; it was not changed"_s
                    .arg(path));
    }
    if (Status notNewer = Migrations::checkNotNewer(name, steps); !notNewer)
        return makeError(notNewer.error().code, path + u": "_s + notNewer.error().message);

    if (Status configured = sqlite::configureForWriting(name, path, options.busyTimeoutMs);
        !configured)
        return configured.error();

    if (*version > 0 && *version < latest) {
        const Result<QString> backup =
            sqlite::backUpBeforeMigration(name, database->m_path, *version);
        if (!backup)
            return backup.error();
        database->m_backupPath = *backup;
        qCInfo(lcStorage) << "backed up library before migration to" << *backup;
    }
    if (Status migrated = Migrations::apply(name, steps); !migrated)
        return migrated.error();
    // The migrations have read the library, so SQLite now holds its files open and locked.
    database->m_sentinel->arm();
    {
        const std::lock_guard lock(connectionsMutex());
        connections().insert(name, database.get());
        libraryfiles::registerOpen(database->m_path);
    }
    return database;
}

} // namespace parallax
