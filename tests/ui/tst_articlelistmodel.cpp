#include "import/importer.h"
#include "models/articlelistmodel.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ArticleListModel : public QObject
{
    Q_OBJECT
private slots:
    void shouldShowArticlesAndFollowChanges()
    {
        test::TestLibrary lib;
        ArticleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(lib.shared());
        QCOMPARE(model.rowCount(), 0);

        Importer(lib.db()).run(test::seedArticlePaths());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(),
                 u"Russia will ‘never’ withdraw troops – Putin"_s);
        QCOMPARE(model.index(0, ArticleListModel::LanguageColumn).data().toString(), u"en"_s);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong(), 1);
        QCOMPARE(model.headerData(ArticleListModel::QuotesColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 u"Quotes"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ArticleMetadataPatch patch;
        patch.outletName = u"RT"_s;
        patch.published = u"2024-05-17T10:00:00+03:00"_s;
        QVERIFY(ArticleStore(lib.db()).updateMetadata(1, patch));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ArticleListModel::OutletColumn).data().toString(), u"RT"_s);
        QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(), u"2024-05-17"_s);
        QCOMPARE(model.index(0, ArticleListModel::DateColumn)
                     .data(ArticleListModel::SortRole)
                     .toString(),
                 u"2024-05-17T10:00:00+03:00"_s);

        // Import found the article's quotations; one more added by hand shows at once.
        const int found = model.index(1, ArticleListModel::QuotesColumn).data().toInt();
        QVERIFY(found > 0);
        Annotation quote;
        quote.articleId = 2;
        quote.end = 3;
        quote.exact = ArticleStore(lib.db()).get(2)->body.left(3);
        quote.kind = AnnotationKind::Quote;
        QVERIFY(AnnotationStore(lib.db()).insert(quote));
        QCOMPARE(model.index(1, ArticleListModel::QuotesColumn).data().toInt(), found + 1);

        QVERIFY(ArticleStore(lib.db()).remove(3));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(3), -1);
        QCOMPARE(model.rowOf(4), 2);

        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ArticleListModel)
#include "tst_articlelistmodel.moc"
