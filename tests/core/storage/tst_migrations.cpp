#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(const Database &db, const QString &statement)
{
    QSqlQuery query(db.handle());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

bool tableExists(const Database &db, const QString &table)
{
    QSqlQuery query(db.handle());
    query.prepare(u"SELECT 1 FROM sqlite_master WHERE name = ?"_s);
    query.addBindValue(table);
    return query.exec() && query.next();
}

// Writes a raw SQLite file at the given user_version, without Parallax.
void makeRawFile(const QString &path, int version, const QStringList &statements = {})
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT
private slots:
    void shouldCreateFreshLibraryAtLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/library.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->wasCreated());
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(pragma(**db, u"PRAGMA busy_timeout"_s).toInt() > 0);
        for (const QString &table : {u"outlets"_s, u"articles"_s, u"articles_fts"_s, u"people"_s,
                                     u"person_aliases"_s, u"places"_s, u"place_aliases"_s,
                                     u"codes"_s, u"annotations"_s, u"claims"_s,
                                     u"claim_appearances"_s, u"notes"_s, u"notes_fts"_s})
            QVERIFY2(tableExists(**db, table), qPrintable(table));
        QVERIFY((*db)->backupPath().isEmpty());
    }

    void shouldReopenWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        { auto db = Database::open(path); QVERIFY(db); }
        auto again = Database::open(path);
        QVERIFY(again);
        QVERIFY(!(*again)->wasCreated());
        QVERIFY((*again)->backupPath().isEmpty());
    }

    void shouldUpgradeOlderFileAndBackItUpFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        QList<Migration> steps = Migrations::all();
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(u"INSERT INTO outlets(name) VALUES ('Reuters')"_s));
        }
        const int older = Migrations::latestVersion();
        steps.append(Migration{older + 1, u"test step"_s,
                               {u"CREATE TABLE extra (id INTEGER PRIMARY KEY, x TEXT)"_s,
                                u"INSERT INTO extra(x) SELECT name FROM outlets"_s}});
        Database::Options options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), older + 1);
        QCOMPARE(pragma(**db, u"SELECT x FROM extra"_s).toString(), u"Reuters"_s);

        const QString backup = (*db)->backupPath();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.contains(u".v%1-"_s.arg(older)));
        auto old = Database::open(backup);
        QVERIFY(old);
        QCOMPARE(pragma(**old, u"SELECT name FROM outlets"_s).toString(), u"Reuters"_s);
        QVERIFY(!tableExists(**old, u"extra"_s));
    }

    void shouldMarkExistingPeopleAsPeopleWhenOrganisationsArrive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        const QList<Migration> beforeOrganisations = Migrations::all().mid(0, 2);
        {
            Database::Options options;
            options.migrations = &beforeOrganisations;
            auto db = Database::open(path, options);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(u"INSERT INTO people(name, origin) VALUES ('Dmitry Peskov', 'user')"_s));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, u"SELECT kind FROM people"_s).toString(), u"person"_s);
        QSqlQuery query((*db)->handle());
        QVERIFY(!query.exec(u"UPDATE people SET kind = 'robot'"_s));
    }

    void shouldRefuseNewerFileAndLeaveItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        makeRawFile(path, Migrations::latestVersion() + 5, {u"CREATE TABLE t (x)"_s});
        const QByteArray before = fileHash(path);
        const QDateTime modified = QFileInfo(path).lastModified();
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerSchema);
        QVERIFY(db.error().message.contains(u"newer"_s));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void shouldRollBackFailedStepAndKeepPreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        { auto db = Database::open(path); QVERIFY(db); }
        QList<Migration> steps = Migrations::all();
        const int older = Migrations::latestVersion();
        steps.append(Migration{older + 1, u"broken step"_s,
                               {u"CREATE TABLE half (id INTEGER)"_s,
                                u"INSERT INTO no_such_table VALUES (1)"_s}});
        Database::Options options;
        options.migrations = &steps;
        auto failed = Database::open(path, options);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(u"broken step"_s));

        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), older);
        QVERIFY(!tableExists(**db, u"half"_s));
    }

    void shouldLeaveAnotherProgramsDatabaseAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        makeRawFile(path, 0, {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('Ann')"_s});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        // An empty file is a new library to be.
        const QString empty = dir.filePath(u"empty.sqlite"_s);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(Database::open(empty));
    }

    void shouldNameEachBackupApartAndWholly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        { QVERIFY(Database::open(path)); }
        const int older = Migrations::latestVersion();
        // Backups left by earlier attempts in this second and the next.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QDateTime &at : {now, now.addSecs(1)}) {
            QFile stale(u"%1.v%2-%3.bak"_s.arg(path).arg(older).arg(at.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("broken");
        }
        QList<Migration> steps = Migrations::all();
        steps.append(Migration{older + 1, u"test step"_s, {u"CREATE TABLE extra (x)"_s}});
        Database::Options options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const QString backup = (*db)->backupPath();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(fileHash(backup) != QCryptographicHash::hash("broken", QCryptographicHash::Sha256));
        QVERIFY(QDir(dir.path()).entryList({u"*.partial"_s}, QDir::Files | QDir::Hidden).isEmpty());
    }

    void shouldLetTwoProcessesCreateOneLibrary()
    {
        // Two openers of one new library at once: each reads the version under the write
        // lock, so the second finds the schema made instead of making it again.
        for (int round = 0; round < 5; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"library.sqlite"_s);
            std::atomic_int failures{0};
            QString message;
            std::mutex guard;
            auto open = [&] {
                auto db = Database::open(path);
                if (!db) {
                    ++failures;
                    const std::lock_guard lock(guard);
                    message = db.error().message;
                }
            };
            std::thread first(open);
            std::thread second(open);
            first.join();
            second.join();
            QVERIFY2(failures == 0, qPrintable(message));
        }
    }

    void shouldRefuseFileThatIsNotALibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(u"not a Parallax library"_s));
        QCOMPARE(fileHash(path), before);
    }

    void shouldNotCreateWhenAskedToOpenOnly()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.createIfMissing = false;
        auto db = Database::open(dir.filePath(u"missing.sqlite"_s), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
