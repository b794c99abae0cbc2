#include "storage/database.h"
#include "storage/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
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
        for (const QString &table :
             {u"outlets"_s, u"articles"_s, u"articles_fts"_s, u"people"_s, u"person_aliases"_s,
              u"places"_s, u"place_aliases"_s, u"codes"_s, u"annotations"_s, u"claims"_s,
              u"claim_appearances"_s, u"notes"_s, u"notes_fts"_s})
            QVERIFY2(tableExists(**db, table), qPrintable(table));
        QVERIFY((*db)->backupPath().isEmpty());
    }

    void shouldReopenWithoutMigratingAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
        }
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
        steps.append(Migration{older + 1,
                               u"test step"_s,
                               {u"CREATE TABLE extra (id INTEGER PRIMARY KEY, x TEXT)"_s,
                                u"INSERT INTO extra(x) SELECT name FROM outlets"_s},
                               {}});
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
            QVERIFY(
                query.exec(u"INSERT INTO people(name, origin) VALUES ('Dmitry Peskov', 'user')"_s));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, u"SELECT kind FROM people"_s).toString(), u"person"_s);
        QSqlQuery query((*db)->handle());
        QVERIFY(!query.exec(u"UPDATE people SET kind = 'robot'"_s));
    }

    void shouldKeepEveryRowAndNeverReuseIdsAfterUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        const QList<Migration> before = Migrations::all().mid(0, 4);
        const QString hash = QString(64, u'a');
        {
            Database::Options options;
            options.migrations = &before;
            auto db = Database::open(path, options);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery query((*db)->handle());
            for (
                const QString &statement : {
                    u"INSERT INTO outlets(id, name) VALUES (7, 'Wire')"_s,
                    u"INSERT INTO articles(id, title, outlet_id, content_hash, imported_at, body) "
                    u"VALUES (3, 'Harbour reopens', 7, '%1', '2026-01-01', 'The harbour reopened today.')"_s
                        .arg(hash),
                    u"INSERT INTO articles_fts(rowid, title, body) VALUES (3, 'Harbour reopens', 'The harbour reopened today.')"_s,
                    u"INSERT INTO codes(id, name, color) VALUES (4, 'Economy', '#336699')"_s,
                    u"INSERT INTO annotations(id, article_id, start, end, exact, kind, code_id, "
                    u"origin, created_at, updated_at) "
                    u"VALUES (10, 3, 4, 11, 'harbour', 'code', 4, 'manual', 'x', 'x')"_s,
                    u"INSERT INTO annotations(id, article_id, start, end, exact, kind, origin, "
                    u"created_at, updated_at) "
                    u"VALUES (11, 3, 0, 3, 'The', 'quote', 'auto', 'x', 'x')"_s,
                    u"INSERT INTO notes(id, annotation_id, body, created_at, updated_at) VALUES (5, 11, 'check the tide tables', 'x', 'x')"_s,
                })
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text() + statement));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(pragma(**db, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(pragma(**db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QVERIFY(!pragma(**db, u"PRAGMA foreign_key_check"_s).isValid());
        // Rows, their links, the indexes' triggers and the full-text indexes all came across.
        QCOMPARE(
            pragma(
                **db,
                u"SELECT a.title || '/' || o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id"_s)
                .toString(),
            u"Harbour reopens/Wire"_s);
        QCOMPARE(pragma(**db, u"SELECT quotes FROM article_stats WHERE article_id = 3"_s).toInt(),
                 1);
        QCOMPARE(
            pragma(**db, u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'harbour'"_s)
                .toInt(),
            3);
        QCOMPARE(
            pragma(**db, u"SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'tide'"_s).toInt(), 5);
        QSqlQuery query((*db)->handle());
        QVERIFY(query.exec(u"DELETE FROM annotations WHERE id = 11"_s));
        QCOMPARE(pragma(**db, u"SELECT count(*) FROM notes"_s).toInt(), 0); // the cascade is back
        QCOMPARE(pragma(**db, u"SELECT quotes FROM article_stats WHERE article_id = 3"_s).toInt(),
                 0);
        QVERIFY(query.exec(u"INSERT INTO annotations(article_id, start, end, exact, kind, origin, "
                           u"created_at, updated_at) "
                           u"VALUES (3, 0, 3, 'The', 'quote', 'auto', 'x', 'x')"_s));
        QCOMPARE(query.lastInsertId().toLongLong(), 12); // not 11, the id of the removed passage
        QVERIFY(query.exec(u"DELETE FROM articles WHERE id = 3"_s));
        QCOMPARE(pragma(**db, u"SELECT count(*) FROM annotations"_s).toInt(), 0);
        QVERIFY(query.exec(
            u"INSERT INTO articles(title, content_hash, imported_at, body) VALUES ('Next', '%1', 'x', 'b')"_s
                .arg(hash)));
        QCOMPARE(query.lastInsertId().toLongLong(), 4);
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
        {
            auto db = Database::open(path);
            QVERIFY(db);
        }
        QList<Migration> steps = Migrations::all();
        const int older = Migrations::latestVersion();
        steps.append(Migration{
            older + 1,
            u"broken step"_s,
            {u"CREATE TABLE half (id INTEGER)"_s, u"INSERT INTO no_such_table VALUES (1)"_s},
            {}});
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
        makeRawFile(
            path, 0,
            {u"CREATE TABLE contacts (name TEXT)"_s, u"INSERT INTO contacts VALUES ('Ann')"_s});
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
        {
            QVERIFY(Database::open(path));
        }
        const int older = Migrations::latestVersion();
        // Backups left by earlier attempts in this second and the next.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QDateTime &at : {now, now.addSecs(1)}) {
            QFile stale(u"%1.v%2-%3.bak"_s.arg(path).arg(older).arg(
                at.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("broken");
        }
        QList<Migration> steps = Migrations::all();
        steps.append(Migration{older + 1, u"test step"_s, {u"CREATE TABLE extra (x)"_s}, {}});
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
