// Telling a library's files apart without opening them, and refusing to read or overwrite them.
#include "export/exporter.h"
#include "export/qdpximport.h"
#include "storage/libraryfiles.h"
#include "testlibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_LibraryFiles : public QObject
{
    Q_OBJECT
private slots:
    void shouldNameTheLibraryACompanionFileBelongsTo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("companion");
        QTest::newRow("log") << u"lib.sqlite-wal"_s << true;
        QTest::newRow("index") << u"lib.sqlite-shm"_s << true;
        QTest::newRow("journal") << u"lib.sqlite-journal"_s << true;
        QTest::newRow("the library") << u"lib.sqlite"_s << false;
        QTest::newRow("log of no library") << u"other.sqlite-wal"_s << false;
        QTest::newRow("an article") << u"notes-wal.txt"_s << false;
    }

    void shouldNameTheLibraryACompanionFileBelongsTo()
    {
        QFETCH(QString, name);
        QFETCH(bool, companion);
        QTemporaryDir dir;
        QFile library(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(library.open(QIODevice::WriteOnly));
        library.close();
        QCOMPARE(libraryfiles::companionOwner(dir.filePath(name)),
                 companion ? dir.filePath(u"lib.sqlite"_s) : QString());
    }

    void shouldKnowTheOpenLibraryByItsFileNotItsSpelling()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"open.sqlite"_s);
        {
            auto library = Database::open(path);
            QVERIFY(library);
            QVERIFY(libraryfiles::openLibraryFile(path));
            QVERIFY(
                libraryfiles::openLibraryFile(path)->contains(u"the open library open.sqlite"_s));
            QVERIFY(
                libraryfiles::openLibraryFile(path + u"-wal"_s)->contains(u"write-ahead log"_s));
            QVERIFY(libraryfiles::openLibraryFile(path + u"-shm"_s));
            // Not there yet, so known by name.
            QVERIFY(libraryfiles::openLibraryFile(path + u"-journal"_s));
            // Another spelling of the same file.
            QVERIFY(QFile::link(path, dir.filePath(u"alias.sqlite"_s)));
            QVERIFY(libraryfiles::openLibraryFile(dir.filePath(u"alias.sqlite"_s)));
            QVERIFY(libraryfiles::openLibraryFile(dir.filePath(u"./open.sqlite"_s)));
            QCOMPARE(libraryfiles::openLibraryFile(dir.filePath(u"other.sqlite"_s)), std::nullopt);
            // A second connection to it counts once.
            auto second = Database::open(path);
            QVERIFY(second);
        }
        QCOMPARE(libraryfiles::openLibraryFile(path), std::nullopt);
    }

    void shouldRefuseToOpenACompanionFileAsALibrary()
    {
        test::TestLibrary lib;
        auto opened = Database::open(lib.path() + u"-shm"_s, {.createIfMissing = false});
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"not a library"_s),
                 qPrintable(opened.error().message));
        QVERIFY(lib.db().checkLocks());
    }

    void shouldRefuseToExportOverALibrary()
    {
        test::TestLibrary lib;
        test::importSeeds(lib.db());
        const qint64 articles = lib.scalar(u"SELECT count(*) FROM articles"_s);
        for (const QString &target :
             QStringList{lib.path(), lib.path() + u"-wal"_s, lib.path() + u"-shm"_s}) {
            const Status done =
                exportLibrary(lib.db(), ExportScope::library(), ExportFormat::Csv, target);
            QVERIFY2(!done, qPrintable(target));
            QVERIFY2(done.error().message.contains(u"open library"_s),
                     qPrintable(done.error().message));
        }
        QVERIFY(lib.db().checkLocks());
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM articles"_s), articles);
        QVERIFY(QFile::exists(lib.path() + u"-wal"_s));

        // Another library, not open here, is not overwritten either.
        const QString other = lib.dir() + u"/other.sqlite"_s;
        QVERIFY(Database::open(other));
        const QByteArray before = [&] {
            QFile f(other);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Status done =
            exportLibrary(lib.db(), ExportScope::library(), ExportFormat::Json, other);
        QVERIFY(!done);
        QVERIFY2(done.error().message.contains(u"is a library"_s),
                 qPrintable(done.error().message));
        QFile after(other);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        // An ordinary file is replaced as before.
        QVERIFY(exportLibrary(lib.db(), ExportScope::library(), ExportFormat::Csv,
                              lib.dir() + u"/out.csv"_s));
    }

    void shouldRefuseToImportTheLibraryAsAProject()
    {
        test::TestLibrary lib;
        const Result<QdpxImportReport> report = importQdpx(lib.db(), lib.path());
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"open library"_s),
                 qPrintable(report.error().message));
        QVERIFY(lib.db().checkLocks());
    }
};

QTEST_GUILESS_MAIN(tst_LibraryFiles)
#include "tst_libraryfiles.moc"
