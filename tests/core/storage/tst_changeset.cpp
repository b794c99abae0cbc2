// Changes reach the views one way: recorded by the stores, published once when the outermost
// transaction commits, dropped when it (or a savepoint inside it) rolls back, and shared by
// every connection to the library, a worker thread's included.
#include "domain/codebook.h"
#include "storage/changenotifier.h"
#include "storage/codestore.h"
#include "storage/notestore.h"
#include "storage/transaction.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Code codeNamed(const QString &name)
{
    Code code;
    code.name = name;
    code.color = u"#336699"_s;
    return code;
}

} // namespace

// How many published changes touched the codebook, and the notes.
int countOf(const QSignalSpy &spy, bool ChangeSet::*part)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy)
        count += (arguments.at(0).value<ChangeSet>().*part) ? 1 : 0;
    return count;
}

class tst_ChangeSet final : public QObject
{
    Q_OBJECT
private slots:
    void shouldPublishOnceAfterTheOutermostCommit()
    {
        test::TestLibrary library;
        QSignalSpy changed(library.db().notifier(), &ChangeNotifier::changed);
        {
            Transaction outer(library.db().connectionName());
            QVERIFY(CodeStore(library.db()).create(codeNamed(u"One"_s)));
            {
                Transaction inner(library.db().connectionName());
                QVERIFY(CodeStore(library.db()).create(codeNamed(u"Two"_s)));
                QVERIFY(inner.commit());
            }
            QCOMPARE(countOf(changed, &ChangeSet::codebook),
                     0); // nothing while the transaction is open
            QVERIFY(outer.commit());
        }
        QCOMPARE(countOf(changed, &ChangeSet::codebook), 1);
        QCOMPARE(changed.count(), 1); // one announcement for the whole change
    }

    void shouldAnnounceOneChangeOfManyKindsOnce()
    {
        test::TestLibrary library;
        QSignalSpy changed(library.db().notifier(), &ChangeNotifier::changed);
        {
            Transaction both(library.db().connectionName());
            const auto code = CodeStore(library.db()).create(codeNamed(u"Coded"_s));
            QVERIFY(code);
            Note note;
            note.target = NoteTarget::Code;
            note.targetId = *code;
            note.body = u"a memo on the new code"_s;
            QVERIFY(NoteStore(library.db()).create(note));
            QVERIFY(both.commit());
        }
        QCOMPARE(changed.count(), 1);
        const auto published = changed.at(0).at(0).value<ChangeSet>();
        QVERIFY(published.codebook && published.notes);
        QVERIFY(!published.claims && !published.feeds);
    }

    void shouldPublishNothingOfWhatWasRolledBack()
    {
        test::TestLibrary library;
        QSignalSpy changed(library.db().notifier(), &ChangeNotifier::changed);
        {
            Transaction outer(library.db().connectionName());
            const auto code = CodeStore(library.db()).create(codeNamed(u"Kept"_s));
            QVERIFY(code);
            {
                Savepoint attempt(library.db().connectionName());
                Note note;
                note.target = NoteTarget::Code;
                note.targetId = *code;
                note.body = u"dropped with its savepoint"_s;
                QVERIFY(NoteStore(library.db()).create(note));
            } // rolled back
            QVERIFY(outer.commit());
        }
        QCOMPARE(countOf(changed, &ChangeSet::codebook), 1);
        QCOMPARE(countOf(changed, &ChangeSet::notes), 0);
        {
            Transaction abandoned(library.db().connectionName());
            QVERIFY(CodeStore(library.db()).create(codeNamed(u"Never"_s)));
        }
        QCOMPARE(countOf(changed, &ChangeSet::codebook), 1);
        // A write outside any transaction is published at once.
        QVERIFY(CodeStore(library.db()).create(codeNamed(u"Alone"_s)));
        QCOMPARE(countOf(changed, &ChangeSet::codebook), 2);
    }

    void shouldTellEveryConnectionOfTheLibraryWhatAWorkerCommitted()
    {
        test::TestLibrary library;
        QSignalSpy changed(library.db().notifier(), &ChangeNotifier::changed);
        const Database &main = library.db();
        bool written = false;
        QThread *worker = QThread::create([&main, &written] {
            auto other = main.openAnotherConnection();
            written = other && CodeStore(**other).create(codeNamed(u"From a worker"_s)).ok();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(written);
        QTRY_COMPARE(countOf(changed, &ChangeSet::codebook), 1); // queued to this thread
    }
};

QTEST_GUILESS_MAIN(tst_ChangeSet)
#include "tst_changeset.moc"
