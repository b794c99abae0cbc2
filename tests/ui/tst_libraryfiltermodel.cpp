// The library filter: outlet, date range and article restrictions, and sorting in the source.
#include "models/articlelistmodel.h"
#include "models/libraryfiltermodel.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_LibraryFilterModel final : public QObject
{
    Q_OBJECT

    static QList<qint64> shownIds(const QAbstractItemModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
        return ids;
    }

private slots:
    void shouldFilterByOutletDateAndRestriction()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        ArticleStore store(library.db());
        ArticleMetadataPatch a;
        a.outletName = u"RT"_s;
        a.published = u"2024-06-14"_s;
        QVERIFY(store.updateMetadata(ids.at(0), a));
        ArticleMetadataPatch b;
        b.outletName = u"AFP"_s;
        b.published = u"2025-11-27T10:00:00Z"_s;
        QVERIFY(store.updateMetadata(ids.at(1), b));

        ArticleListModel articles;
        LibraryFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setArticleModel(&articles);
        articles.setDatabase(library.shared());
        QCOMPARE(filter.rowCount(), 5);
        QVERIFY(!filter.isFiltered());

        filter.setOutlet(u"rt"_s);
        QCOMPARE(shownIds(filter), QList<qint64>{ids.at(0)});
        filter.setOutlet({});
        filter.setDateRange(QDate(2025, 1, 1), QDate(2025, 12, 31));
        QCOMPARE(shownIds(filter), QList<qint64>{ids.at(1)});
        filter.setDateRange(QDate(2024, 6, 14), {});
        QCOMPARE(filter.rowCount(), 2);
        filter.setRestriction(u"x"_s, QSet<qint64>{ids.at(0), ids.at(3)});
        QCOMPARE(shownIds(filter), QList<qint64>{ids.at(0)});
        QVERIFY(filter.isFiltered());
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), 5);
    }

    void shouldSortThePlainRows_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("title") << int(ArticleListModel::TitleColumn);
        QTest::newRow("quotes") << int(ArticleListModel::QuotesColumn);
        QTest::newRow("places") << int(ArticleListModel::PlacesColumn);
    }
    void shouldSortThePlainRows()
    {
        QFETCH(int, column);
        test::TestLibrary library;
        test::importSeeds(library.db());
        ArticleListModel articles;
        LibraryFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setArticleModel(&articles);
        articles.setDatabase(library.shared());
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            filter.sort(column, order);
            for (int row = 1; row < filter.rowCount(); ++row) {
                const QVariant before =
                    filter.index(row - 1, column).data(ArticleListModel::SortRole);
                const QVariant after = filter.index(row, column).data(ArticleListModel::SortRole);
                const int c = QVariant::compare(before, after) == QPartialOrdering::Less      ? -1
                              : QVariant::compare(before, after) == QPartialOrdering::Greater ? 1
                                                                                              : 0;
                if (column == ArticleListModel::TitleColumn)
                    QVERIFY(
                        order == Qt::AscendingOrder
                            ? before.toString().compare(after.toString(), Qt::CaseInsensitive) <= 0
                            : before.toString().compare(after.toString(), Qt::CaseInsensitive) >=
                                  0);
                else
                    QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
            }
        }
        // rowOf follows the new order.
        const qint64 firstId =
            filter.index(0, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        QCOMPARE(articles.rowOf(firstId), 0);
    }
};

QTEST_MAIN(tst_LibraryFilterModel)
#include "tst_libraryfiltermodel.moc"
