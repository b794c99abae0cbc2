#include "storage/outletstore.h"
#include "storage/transaction.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Transaction : public QObject
{
    Q_OBJECT
private slots:
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
