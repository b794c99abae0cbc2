// "Find this statement in other articles" over a library holding the analysed seed articles.
#include "align/statementsearch.h"
#include "domain/annotation.h"
#include "import/importer.h"
#include "storage/annotationstore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestStatementSearch final : public QObject
{
    Q_OBJECT
private:
    const Annotation *quoteStarting(const QList<Annotation> &quotes, const QString &start)
    {
        for (const Annotation &a : quotes)
            if (a.exact.startsWith(start))
                return &a;
        return nullptr;
    }

private slots:
    void shouldFindTheOtherWordingsOfAStatement_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ceasefire terms")
            << u"If Ukrainian forces leave"_s << u"We’re still receiving calls"_s;
        QTest::newRow("Podolyak") << u"There is no innovation"_s << u"There is no novelty"_s;
    }
    void shouldFindTheOtherWordingsOfAStatement()
    {
        QFETCH(QString, from);
        QFETCH(QString, expected);
        test::TestLibrary library;
        const ImportReport report = Importer(library.db()).run(test::seedArticlePaths());
        QCOMPARE(report.count(ImportOutcome::Imported), 5);
        QList<qint64> ids;
        for (const FileImportResult &file : report.files)
            ids.append(file.articleId);
        auto quotes = AnnotationStore(library.db()).ofKindIn(ids, AnnotationKind::Quote);
        QVERIFY(quotes);
        const Annotation *source = quoteStarting(*quotes, from);
        const Annotation *target = quoteStarting(*quotes, expected);
        QVERIFY(source && target);

        auto matches = align::findStatement(
            library.db(), {source->id, source->articleId, source->exact, source->personId, {}});
        QVERIFY2(matches, qPrintable(matches ? QString() : matches.error().message));
        QVERIFY(!matches->isEmpty());
        QCOMPARE(matches->constFirst().annotationId, target->id);
        for (const align::StatementMatch &match : *matches) {
            QVERIFY(match.articleId != source->articleId);
            QVERIFY(match.score >= align::AlignmentOptions{}.threshold);
        }
    }

    void shouldBuildAPrefixQueryOfContentWords()
    {
        const QString query = align::statementQuery(u"the territories they hold, and troops"_s, 12);
        QCOMPARE(query, u"territo* OR troops OR hold"_s);
        QVERIFY(align::statementQuery(u"it is what it is"_s, 12).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatementSearch)
#include "tst_statementsearch.moc"
