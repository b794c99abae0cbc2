// Side by side: selecting a quotation selects its counterpart in the other pane.
#include "comparison/comparisonview.h"
#include "reading/readingpane.h"
#include "testlibrary.h"

#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ComparisonView final : public QObject
{
    Q_OBJECT

    static const Annotation *quoteStarting(const ReadingData &data, const QString &start)
    {
        for (const Annotation &a : data.annotations)
            if (a.kind == AnnotationKind::Quote && a.exact.startsWith(start))
                return &a;
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSelectTheCounterpartOfAClickedQuotation()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        ComparisonView view;
        view.setLibrary(library.shared());
        view.resize(1400, 900);
        QCOMPARE(view.compare({ids.at(1), ids.at(4)}), QString());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.paneCount(), 2);

        ReadingPane *left = view.findChild<ReadingPane *>(u"comparePane0"_s);
        ReadingPane *right = view.findChild<ReadingPane *>(u"comparePane1"_s);
        QVERIFY(left && right && left->isVisible() && right->isVisible());
        const Annotation *source = quoteStarting(left->article(), u"If Ukrainian forces leave"_s);
        const Annotation *target =
            quoteStarting(right->article(), u"We’re still receiving calls"_s);
        QVERIFY(source && target);

        // Click in the middle of the quotation's text, as a reader would.
        right->selectAnnotation(0, false);
        QTextBrowser *text = left->textView();
        const int bodyOffset = text->toPlainText().indexOf(left->article().article.body.left(40));
        QTextCursor cursor(text->document());
        cursor.setPosition(bodyOffset + int(source->start) + 10);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
        const QPoint point = text->cursorRect(cursor).center() + QPoint(2, 0);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);

        QCOMPARE(left->selectedAnnotation(), source->id);
        QCOMPARE(right->selectedAnnotation(), target->id);
        QVERIFY(right->emphasised().contains(target->id));
        auto *diff = view.findChild<QTextBrowser *>(u"statementDiff"_s);
        QVERIFY(diff->toPlainText().contains(u"same statement"_s));
        QVERIFY(diff->toPlainText().contains(u"Ukrainian troops will withdraw"_s));
    }

    void shouldMarkStatementsOnlyOneArticleReports()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        ComparisonView view;
        view.setLibrary(library.shared());
        QCOMPARE(view.compare({ids.at(1), ids.at(4)}), QString());
        const Comparison &comparison = view.comparison();
        const ReadingData &left = comparison.articles().at(0);
        const Annotation *unique = quoteStarting(left, u"Krasnoarmeysk and Dimitrov"_s);
        QVERIFY(unique);
        QVERIFY(!comparison.isAligned(unique->id));
        QVERIFY(comparison.summaryHtml().contains(u"shared"_s));
        QVERIFY(comparison.summaryHtml().contains(u"Ukrainian troops will withdraw"_s));
        const QList<ComparisonSummary> summary = comparison.summary();
        QCOMPARE(summary.size(), 2);
        QVERIFY(summary.at(0).shared >= 1);
        QVERIFY(summary.at(0).shared < summary.at(0).statements);
    }

    void shouldRefuseTooFewOrTooManyArticles()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        ComparisonView view;
        view.setLibrary(library.shared());
        QVERIFY(!view.compare({ids.at(0)}).isEmpty());
        QVERIFY(!view.compare(ids).isEmpty());
        QCOMPARE(view.compare(ids.mid(0, 4)), QString());
        QCOMPARE(view.paneCount(), 4);
    }
};

QTEST_MAIN(tst_ComparisonView)
#include "tst_comparisonview.moc"
