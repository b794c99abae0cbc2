// One open library file: its connection on the current thread, pragmas and migrations applied.
#pragma once

#include "storage/sqlite/libraryinspection.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace parallax {

class ChangeNotifier;
class WriteTurns;
class LockSentinel;
struct Migration;

class Database final
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool createIfMissing = true;
        // Runs SQLite's quick_check on opening even when nothing suggests damage (it always
        // runs after an unclean close, and for a small library).
        bool verify = false;
        // The schema steps to apply; null means Migrations::all(). Tests pass their own.
        const QList<Migration> *migrations = nullptr;
    };

    // Opens (or creates) the library at path and brings its schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }

    // Opens an existing library for reading only: for a library the user may not write (a
    // read-only folder or file, a copy on a read-only medium). Nothing is migrated or created
    // beside it, and every write fails. The access is chosen from the folder's permissions
    // unless given. Defined in databasereadonly.cpp.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path,
                                                          std::optional<ReadAccess> access = {});
    bool isReadOnly() const { return m_readOnly; }

    // Another connection to this library, for work on another thread (a connection belongs
    // to the thread that opened it and must be opened there): the same access, no inspection
    // or migration again, and the same notifier.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    // QStandardPaths::AppDataLocation/library.sqlite
    static QString defaultPath();

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // The handle is looked up by name each time, so no QSqlDatabase outlives the connection.
    QSqlDatabase handle() const;
    const QString &connectionName() const { return m_connectionName; }
    const QString &path() const { return m_path; }
    bool wasCreated() const { return m_created; }
    QString backupPath() const { return m_backupPath; } // set when an older file was migrated
    // Every connection to one library file in this process shares one notifier, so what a
    // worker thread commits reaches the window's views (queued, on the notifier's thread).
    ChangeNotifier *notifier() const { return m_notifier.get(); }
    // The notifier of the library whose connection this is; null for an unknown connection.
    static ChangeNotifier *notifierOf(const QString &connectionName);

    // The turns at this library's write lock (writeturns.h), shared by its connections here.
    WriteTurns *writeTurns() const { return m_turns.get(); }
    // Those of the library whose connection this is; null for an unknown connection.
    static WriteTurns *writeTurnsOf(const QString &connectionName);

    // Whether this process still holds SQLite's locks on the library (see LockSentinel). The
    // first time they are found lost, the connection stops writing for good: it is marked so
    // that closing it neither checkpoints nor deletes anything, the notifier announces
    // locksLost, and this and every later call fail with ErrorCode::LockLost. Reopening the
    // library (after closing every connection to it) takes the locks again.
    Status checkLocks();
    bool locksLost() const { return m_locksLost; }
    // checkLocks() of the library whose connection this is; ok for an unknown connection.
    // Every outermost write transaction calls it before it begins.
    static Status checkLocksOf(const QString &connectionName);

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    bool m_created = false;
    bool m_readOnly = false;
    ReadAccess m_readAccess = ReadAccess::Shared; // how a read-only connection reaches the file
    std::shared_ptr<ChangeNotifier> m_notifier;
    std::shared_ptr<WriteTurns> m_turns;
    std::unique_ptr<LockSentinel> m_sentinel;
    bool m_locksLost = false;
    QString m_locksLostReason;
};

} // namespace parallax
