#include "storage/outletstore.h"
#include "storage/transaction.h"
#include "storage/writeturns.h"
#include "testlibrary.h"

#include <QSemaphore>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Transaction : public QObject
{
    Q_OBJECT
private slots:
    void shouldLetALongWriterGiveWayToAWaitingTransaction()
    {
        test::TestLibrary library;
        auto other = library.db().openAnotherConnection();
        QVERIFY(other);
        WriteTurns *turns = library.db().writeTurns();
        QVERIFY(turns);
        QCOMPARE(Database::writeTurnsOf((*other)->connectionName()), turns);
        QVERIFY(!turns->giveWay()); // nobody waits: no pause

        // The long writer holds the lock; another transaction waits to begin meanwhile.
        std::optional<Transaction> batch(std::in_place, library.db().connectionName());
        QVERIFY(batch->status());
        std::atomic<bool> began{false};
        QSemaphore committed;
        std::thread editor([&] {
            auto own = library.db().openAnotherConnection();
            if (!own)
                return;
            Transaction edit((*own)->connectionName());
            began = edit.status().ok();
            if (began)
                (void)edit.commit();
            committed.release();
        });
        QTRY_COMPARE(turns->waiting(), 1);
        QVERIFY(batch->commit());
        batch.reset();
        // Between two batches the writer waits until the other has begun.
        QVERIFY(turns->giveWay(10000));
        QCOMPARE(turns->waiting(), 0);
        QVERIFY(committed.tryAcquire(1, 10000));
        editor.join();
        QVERIFY(began.load());
    }

    void shouldRollBackWhenNotCommitted()
    {
        test::TestLibrary lib;
        {
            Transaction transaction(lib.db().connectionName());
            QVERIFY(transaction.status());
            QVERIFY(OutletStore(lib.db()).ensure(u"AFP"_s));
        }
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 0);
    }

    void shouldKeepCommittedWork()
    {
        test::TestLibrary lib;
        Transaction transaction(lib.db().connectionName());
        QVERIFY(OutletStore(lib.db()).ensure(u"AFP"_s));
        QVERIFY(transaction.commit());
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 1);
        QVERIFY(!transaction.commit()); // a second commit is an error, not a silent success
    }

    void shouldUndoOnlyTheFailedSavepoint()
    {
        test::TestLibrary lib;
        Transaction transaction(lib.db().connectionName());
        {
            Savepoint kept(lib.db().connectionName());
            QVERIFY(OutletStore(lib.db()).ensure(u"AFP"_s));
            QVERIFY(kept.release());
        }
        {
            Savepoint dropped(lib.db().connectionName());
            QVERIFY(OutletStore(lib.db()).ensure(u"RT"_s));
        }
        QVERIFY(transaction.commit());
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 1);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets WHERE name = 'AFP'"_s), 1);
    }

    void nestedTransactionsBecomeSavepoints()
    {
        test::TestLibrary lib;
        Transaction outer(lib.db().connectionName());
        {
            Transaction committed(lib.db().connectionName());
            QVERIFY(committed.status());
            QVERIFY(OutletStore(lib.db()).ensure(u"AFP"_s));
            QVERIFY(committed.commit());
        }
        {
            Transaction abandoned(lib.db().connectionName());
            QVERIFY(abandoned.status());
            QVERIFY(OutletStore(lib.db()).ensure(u"RT"_s));
        }
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 1);
        QVERIFY(outer.commit());
        // Only the outer commit makes the work durable; a new transaction is top-level again.
        Transaction next(lib.db().connectionName());
        QVERIFY(next.status());
        QVERIFY(next.commit());
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets WHERE name = 'AFP'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
