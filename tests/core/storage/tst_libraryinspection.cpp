// Opening an existing library looks at it read-only first: a newer Parallax's library keeps
// its log as it was, a damaged one is refused before anything is written, and a file that is
// not SQLite is named as such.
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlite/libraryinspection.h"
#include "storage/sqlite/librarysalvage.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

// A library left by a killed session: committed pages still in its -wal, none in the file.
void copyWithUncheckpointedLog(const QString &source, const QString &target, int version)
{
    const QString name = u"writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(query.exec(u"CREATE TABLE outlets (id INTEGER PRIMARY KEY, name TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO outlets(name) VALUES ('Wire')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(version)));
        // Copied while the writer still holds them: the copy's log was never checkpointed.
        QVERIFY(QFile::copy(source, target));
        QVERIFY(QFile::copy(source + u"-wal"_s, target + u"-wal"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class tst_LibraryInspection final : public QObject
{
    Q_OBJECT
private slots:
    void shouldRefuseANewerLibraryWithoutCheckpointingItsLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.sqlite"_s);
        copyWithUncheckpointedLog(dir.filePath(u"writer.sqlite"_s), path,
                                  Migrations::latestVersion() + 3);
        const QByteArray file = fileHash(path);
        const QByteArray log = fileHash(path + u"-wal"_s);
        QVERIFY(!log.isEmpty());

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerSchema);
        QVERIFY2(db.error().message.contains(u"not changed"_s), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), file);
        QCOMPARE(fileHash(path + u"-wal"_s), log);
    }

    void shouldRefuseADamagedLibraryAndWriteNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            test::importSeeds(**db);
        }
        const qint64 pages = QFileInfo(path).size() / 4096;
        QVERIFY(pages > 8);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Scribble over the b-tree headers of pages in the middle of the file.
            for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
                QVERIFY(file.seek(page * 4096));
                QVERIFY(file.write(QByteArray(64, '\x7e')) == 64);
            }
        }
        const QByteArray damaged = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Damaged);
        QVERIFY2(db.error().message.contains(u"damaged"_s) &&
                     db.error().message.contains(u"salvage"_s),
                 qPrintable(db.error().message));
        QCOMPARE(fileHash(path), damaged);
        // SQLite's read-only look may leave an empty log beside it, never a written one.
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    }

    void shouldRefuseALibraryWithARowThatBreaksItsChecks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            test::importSeeds(**db);
            // As a flipped bit would leave it: a passage that ends before it starts. A
            // read-only quick_check does not look at CHECK constraints.
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
            QVERIFY(query.exec(
                u"UPDATE annotations SET end = start - 1 WHERE id = (SELECT min(id) FROM annotations)"_s));
            QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = OFF"_s));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Damaged);
        QVERIFY2(db.error().message.contains(u"CHECK"_s), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void shouldCheckASoundLibraryOnRequest()
    {
        test::TestLibrary library;
        test::importSeeds(library.db());
        auto inspection = inspectLibraryFile(library.path(), IntegrityCheck::Always);
        QVERIFY(inspection);
        QVERIFY(inspection->checked);
        QCOMPARE(inspection->damage, QString());
        QCOMPARE(inspection->version, Migrations::latestVersion());
        QVERIFY(inspection->uncleanClose); // the library is open, so its log is there
    }

    void shouldSalvageWhatCanBeReadIntoANewLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        qint64 articles = 0;
        qint64 annotations = 0;
        QList<qint64> leaves;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            articles = test::importSeeds(**db).size();
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
            annotations = query.value(0).toLongLong();
            QVERIFY(query.exec(
                u"SELECT pageno FROM dbstat WHERE name = 'annotations' AND pagetype = 'leaf' ORDER BY pageno"_s));
            while (query.next())
                leaves.append(query.value(0).toLongLong());
        }
        QVERIFY(leaves.size() > 3);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((leaves.at(leaves.size() / 2) - 1) * 4096));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
        QCOMPARE(Database::open(path).error().code, ErrorCode::Damaged);

        const QString salvaged = dir.filePath(u"salvaged.sqlite"_s);
        auto report = salvageLibrary(path, salvaged);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(report->lost() > 0);
        Database::Options verify;
        verify.verify = true;
        auto fresh = Database::open(salvaged, verify);
        QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error().message));
        QSqlQuery query((*fresh)->handle());
        QVERIFY(query.exec(u"SELECT count(*) FROM articles"_s) && query.next());
        QCOMPARE(query.value(0).toLongLong(), articles);
        QVERIFY(query.exec(u"SELECT count(*) FROM annotations"_s) && query.next());
        const qint64 kept = query.value(0).toLongLong();
        QVERIFY2(kept > 0 && kept < annotations,
                 qPrintable(u"%1 of %2"_s.arg(kept).arg(annotations)));
        QVERIFY(
            query.exec(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Putin'"_s) &&
            query.next());
        QVERIFY(query.value(0).toLongLong() > 0);
        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!query.next());
        // Salvage never writes over an existing file.
        QVERIFY(!salvageLibrary(path, salvaged));
    }

    void shouldReadALibraryWhereItCannotBeWritten()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"archive"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/library.sqlite"_s;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            test::importSeeds(**db);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"library.sqlite"_s});
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = fileHash(path);
        {
            auto db = Database::openReadOnly(path, ReadAccess::Immutable);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY((*db)->isReadOnly());
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(u"SELECT count(*) FROM articles"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 5);
            QVERIFY(query.exec(
                        u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Putin'"_s) &&
                    query.next());
            QVERIFY(query.value(0).toInt() > 0);
            QVERIFY(!query.exec(u"DELETE FROM articles"_s)); // every write fails
            auto another = (*db)->openAnotherConnection();
            QVERIFY(another && (*another)->isReadOnly());
        }
        QVERIFY(
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        // Nothing was created beside it and nothing in it changed.
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"library.sqlite"_s});
        QCOMPARE(fileHash(path), before);
    }

    void shouldNameAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
        file.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"not an SQLite database"_s),
                 qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LibraryInspection)
#include "tst_libraryinspection.moc"
