// Undo steps and what happens to their rows outside the undo history: a step never acts on a
// row that was removed or changed since it wrote it (ids are never reused, and each step
// checks its rows first), and a step made of several parts is whole or absent.
#include "editing/editsession.h"
#include "import/importer.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QStringList annotationRows(const Database &db)
{
    QStringList rows;
    QSqlQuery query(db.handle());
    if (!query.exec(
            u"SELECT id, article_id, start, end, kind, status FROM annotations ORDER BY id"_s))
        qFatal("cannot read annotations");
    while (query.next())
        rows.append(u"%1|%2|%3|%4|%5|%6"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString()));
    return rows;
}

} // namespace

class tst_StaleSteps final : public QObject
{
    Q_OBJECT
private slots:
    void shouldNotUndoIntoAnotherArticlesRowsAfterARemovalAndAnImport()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        QSignalSpy errors(&session, &EditSession::errorOccurred);
        const auto code = session.createCode(u"Troops"_s, u"#aa3300"_s);
        QVERIFY(code);
        const auto tagged = session.tagPassage(articles.constLast(), 0, 12, *code);
        QVERIFY(tagged);

        // Outside the history: the article goes, and the same file comes back as a new one.
        QVERIFY(ArticleStore(library.db()).remove(articles.constLast()));
        const ImportReport again =
            Importer(library.db()).run({test::seedArticlePaths().constLast()});
        QCOMPARE(again.files.size(), 1);
        QCOMPARE(again.files.constFirst().outcome, ImportOutcome::Imported);
        QVERIFY(library.scalar(u"SELECT max(id) FROM annotations"_s) > *tagged);
        QCOMPARE(library.scalar(u"SELECT count(*) FROM annotations WHERE id = %1"_s.arg(*tagged)),
                 0);
        const QStringList before = annotationRows(library.db());

        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.constFirst().constFirst().toString().contains(u"can no longer be undone"_s),
                 qPrintable(errors.constFirst().constFirst().toString()));
        QCOMPARE(annotationRows(library.db()), before);
        // The refused step left the history; the one before it still works.
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE name = 'Troops'"_s), 0);
    }

    void shouldRefuseToUndoAChangeMadeOverOutsideTheHistory()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        QSignalSpy errors(&session, &EditSession::errorOccurred);
        const qint64 quote = library.scalar(
            u"SELECT min(id) FROM annotations WHERE kind = 'quote' AND article_id = %1"_s.arg(
                articles.at(0)));
        QVERIFY(session.setStatus(quote, AnnotationStatus::Accepted));
        library.exec(u"UPDATE annotations SET status = 'rejected' WHERE id = %1"_s.arg(quote));

        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(library.scalar(
                     u"SELECT status = 'rejected' FROM annotations WHERE id = %1"_s.arg(quote)),
                 1);
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(!session.undoStack()->canRedo());
    }

    void shouldRedoOnlyOverTheRowsItsUndoLeft()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        QSignalSpy errors(&session, &EditSession::errorOccurred);
        const qint64 quote = library.scalar(
            u"SELECT min(id) FROM annotations WHERE kind = 'quote' AND article_id = %1"_s.arg(
                articles.at(0)));
        QVERIFY(session.setBoundaries(quote, 2, 9));
        session.undoStack()->undo();
        library.exec(u"UPDATE annotations SET start = 1 WHERE id = %1"_s.arg(quote));
        session.undoStack()->redo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(library.scalar(u"SELECT start FROM annotations WHERE id = %1"_s.arg(quote)), 1);
        QVERIFY(!session.undoStack()->canRedo());
    }

    void shouldUndoEditedDetailsAndRemoveArticlesAllOrNone()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        const QString title = ArticleStore(library.db()).get(articles.at(0))->title;
        ArticleMetadataPatch patch;
        patch.title = u"A better title"_s;
        patch.outletName = u"Harbour Gazette"_s;
        QVERIFY(session.editArticleDetails(articles.at(0), patch));
        QCOMPARE(ArticleStore(library.db()).get(articles.at(0))->outletName, u"Harbour Gazette"_s);
        session.undoStack()->undo();
        QCOMPARE(ArticleStore(library.db()).get(articles.at(0))->title, title);
        session.undoStack()->redo();
        QCOMPARE(ArticleStore(library.db()).get(articles.at(0))->title, u"A better title"_s);

        // One id that is not there: nothing is removed.
        QVERIFY(!session.removeArticles({articles.at(1), 987654}));
        QCOMPARE(library.scalar(u"SELECT count(*) FROM articles"_s), articles.size());
        QCOMPARE(session.removeArticles({articles.at(1), articles.at(2)}), 2);
        QCOMPARE(library.scalar(u"SELECT count(*) FROM articles"_s), articles.size() - 2);
    }

    void shouldLeaveNoStepWhenAPartOfACompoundFails()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        const QStringList before = annotationRows(library.db());
        const qint64 codes = library.scalar(u"SELECT count(*) FROM codes"_s);
        const bool done = session.inOneStep(u"Two parts"_s, [&] {
            const auto code = session.createCode(u"First part"_s, u"#112233"_s);
            return code && session.tagPassage(articles.at(0), 50, 10, *code); // backwards: refused
        });
        QVERIFY(!done);
        QVERIFY(!session.lastError().isEmpty());
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(!session.undoStack()->canRedo());
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes"_s), codes);
        QCOMPARE(annotationRows(library.db()), before);
    }

    void shouldUndoAndRedoACompoundWhole()
    {
        test::TestLibrary library;
        const QList<qint64> articles = test::importSeeds(library.db());
        EditSession session(library.db());
        QSignalSpy errors(&session, &EditSession::errorOccurred);
        const auto code = session.createCode(u"Base"_s, u"#445566"_s);
        QVERIFY(code);
        const bool done = session.inOneStep(u"Two parts"_s, [&] {
            const auto child = session.createCode(u"Child"_s, u"#112233"_s, *code);
            return child && session.tagPassage(articles.at(0), 0, 10, *child);
        });
        QVERIFY(done);
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE(session.undoStack()->undoText(), u"Two parts"_s);
        session.undoStack()->undo();
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE name = 'Child'"_s), 0);
        session.undoStack()->redo();
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE name = 'Child'"_s), 1);
        QCOMPARE(
            library.scalar(u"SELECT count(*) FROM annotations a JOIN codes c ON c.id = a.code_id "
                           u"WHERE c.name = 'Child'"_s),
            1);

        // Outside the history the coding goes; the step refuses whole and leaves the code.
        library.exec(u"DELETE FROM annotations WHERE code_id IS NOT NULL"_s);
        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE name = 'Child'"_s), 1);
        QCOMPARE(session.undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_StaleSteps)
#include "tst_stalesteps.moc"
