// Search hits with snippets whose matched words are marked, safely escaped.
#include "models/searchresultmodel.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_SearchResultModel final : public QObject
{
    Q_OBJECT
private slots:
    void shouldListHitsWithMarkedSnippets()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.search(library.db(), u"Podolyak"_s), QString());
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString html =
                model.index(row).data(SearchResultModel::SnippetHtmlRole).toString();
            QVERIFY2(html.contains(u"<b>Podolyak</b>"_s), qPrintable(html));
            QVERIFY(
                ids.contains(model.index(row).data(SearchResultModel::ArticleIdRole).toLongLong()));
            QVERIFY(!model.index(row).data().toString().contains(QChar(0x1)));
        }
        QCOMPARE(model.search(library.db(), u"   "_s), QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.search(library.db(), u"\"unbalanced"_s), QString());
    }
};

QTEST_MAIN(tst_SearchResultModel)
#include "tst_searchresultmodel.moc"
