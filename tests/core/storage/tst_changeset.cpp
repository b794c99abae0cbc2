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

class tst_ChangeSet final : public QObject
{
    Q_OBJECT
private slots:
    void shouldPublishOnceAfterTheOutermostCommit()
    {
        test::TestLibrary library;
        QSignalSpy codebook(library.db().notifier(), &ChangeNotifier::codebookChanged);
        {
            Transaction outer(library.db().connectionName());
            QVERIFY(CodeStore(library.db()).create(codeNamed(u"One"_s)));
            {
                Transaction inner(library.db().connectionName());
                QVERIFY(CodeStore(library.db()).create(codeNamed(u"Two"_s)));
                QVERIFY(inner.commit());
            }
            QCOMPARE(codebook.count(), 0); // nothing while the transaction is open
            QVERIFY(outer.commit());
        }
        QCOMPARE(codebook.count(), 1);
    }

    void shouldPublishNothingOfWhatWasRolledBack()
    {
        test::TestLibrary library;
        QSignalSpy codebook(library.db().notifier(), &ChangeNotifier::codebookChanged);
        QSignalSpy notes(library.db().notifier(), &ChangeNotifier::notesChanged);
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
        QCOMPARE(codebook.count(), 1);
        QCOMPARE(notes.count(), 0);
        {
            Transaction abandoned(library.db().connectionName());
            QVERIFY(CodeStore(library.db()).create(codeNamed(u"Never"_s)));
        }
        QCOMPARE(codebook.count(), 1);
        // A write outside any transaction is published at once.
        QVERIFY(CodeStore(library.db()).create(codeNamed(u"Alone"_s)));
        QCOMPARE(codebook.count(), 2);
    }

    void shouldTellEveryConnectionOfTheLibraryWhatAWorkerCommitted()
    {
        test::TestLibrary library;
        QSignalSpy codebook(library.db().notifier(), &ChangeNotifier::codebookChanged);
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
        QTRY_COMPARE(codebook.count(), 1); // queued to this thread
    }
};

QTEST_GUILESS_MAIN(tst_ChangeSet)
#include "tst_changeset.moc"
