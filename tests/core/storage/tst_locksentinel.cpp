// Lost-lock detection: a library whose file is opened and closed by other code in the process
// (which releases SQLite's POSIX locks) stops writing before anything can be lost.
#include "storage/changenotifier.h"
#include "storage/outletstore.h"
#include "storage/sqlite/locksentinel.h"
#include "storage/transaction.h"
#include "testlibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_LockSentinel : public QObject
{
    Q_OBJECT

    static Status addOutlet(Database &db, const QString &name)
    {
        Transaction transaction(db.connectionName());
        if (!transaction.status())
            return transaction.status();
        if (auto added = OutletStore(db).ensure(name); !added)
            return added.error();
        return transaction.commit();
    }

private slots:
    void shouldFindTheLocksHeldWhileTheLibraryIsOpen()
    {
        test::TestLibrary lib;
        LockSentinel sentinel(lib.path());
        sentinel.arm();
        QVERIFY(sentinel.armed());
        QCOMPARE(sentinel.check(), std::nullopt);
        QVERIFY(lib.db().checkLocks());
        QVERIFY(addOutlet(lib.db(), u"AFP"_s));
        QVERIFY(!lib.db().locksLost());
    }

    void shouldStopWritingOnceAFileOfTheLibraryIsClosedElsewhere_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("library file") << QString();
        QTest::newRow("shared-memory index") << u"-shm"_s;
    }

    void shouldStopWritingOnceAFileOfTheLibraryIsClosedElsewhere()
    {
        QFETCH(QString, suffix);
        test::TestLibrary lib;
        QVERIFY(addOutlet(lib.db(), u"AFP"_s));
        QSignalSpy lost(lib.db().notifier(), &ChangeNotifier::locksLost);

        // What a file dialog's type sniffing does: open, read, close.
        QFile file(lib.path() + suffix);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.read(16);
        file.close();

        const Status refused = addOutlet(lib.db(), u"RT"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::LockLost);
        QVERIFY2(refused.error().message.contains(u"reopen the library"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(lost.count(), 1);
        QVERIFY(lib.db().locksLost());
        // Still refused, and announced only once.
        QCOMPARE(addOutlet(lib.db(), u"DPA"_s).error().code, ErrorCode::LockLost);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 1);
    }

    void shouldTakeTheLocksAgainWhenReopened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reopen.sqlite"_s);
        {
            auto library = Database::open(path);
            QVERIFY(library);
            QVERIFY(addOutlet(**library, u"AFP"_s));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.close();
            QCOMPARE(addOutlet(**library, u"RT"_s).error().code, ErrorCode::LockLost);
        }
        auto reopened = Database::open(path, {.createIfMissing = false});
        QVERIFY(reopened);
        QVERIFY((*reopened)->checkLocks());
        QVERIFY(addOutlet(**reopened, u"DPA"_s));
        auto names = OutletStore(**reopened).list();
        QVERIFY(names);
        QCOMPARE(names->size(), 2); // AFP, committed before the loss, and DPA after the reopen
    }

    void shouldNoticeALogDeletedByAnotherProgram()
    {
        test::TestLibrary lib;
        QVERIFY(addOutlet(lib.db(), u"AFP"_s));
        // What another process does when it wrongly believes it is the last one out.
        QVERIFY(QFile::remove(lib.path() + u"-wal"_s));
        const Status refused = addOutlet(lib.db(), u"RT"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::LockLost);
        QVERIFY2(refused.error().message.contains(u"write-ahead log"_s),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LockSentinel)
#include "tst_locksentinel.moc"
