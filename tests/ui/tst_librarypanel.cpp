// The library panel: search with snippets, facets and the date range filter the list.
#include "library/librarypanel.h"
#include "models/searchresultmodel.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_LibraryPanel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSearchAndFilterTheList()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        LibraryPanel panel;
        panel.setLibrary(library.shared());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QTableView *>(u"articleList"_s);
        auto *search = panel.findChild<QLineEdit *>(u"librarySearch"_s);
        auto *results = panel.findChild<QListView *>(u"searchResults"_s);
        QVERIFY(list && search && results);
        QCOMPARE(list->model()->rowCount(), 5);

        // Two seed articles mention Kyrgyzstan, where Putin spoke.
        QTest::keyClicks(search, u"Kyrgyzstan"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(results->isVisible());
        const int hits = results->model()->rowCount();
        QVERIFY(hits >= 1 && hits < 5);
        QCOMPARE(list->model()->rowCount(), hits);
        const QString snippet =
            results->model()->index(0, 0).data(SearchResultModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(u"<b>Kyrgyzstan</b>"_s), qPrintable(snippet));

        // Clearing the search brings every article back.
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(list->model()->rowCount(), 5);
        QVERIFY(!results->isVisible());

        // The speaker facet: Podolyak is quoted in two of the seeds.
        auto *speakers = panel.findChild<QComboBox *>(u"speakerFacet"_s);
        QTRY_VERIFY(speakers->count() > 1);
        const int podolyak = speakers->findText(u"Mykhailo Podolyak"_s, Qt::MatchStartsWith);
        QVERIFY(podolyak > 0);
        speakers->setCurrentIndex(podolyak);
        QCOMPARE(list->model()->rowCount(), 2);

        // A date range that excludes every article (none of the seeds is dated in 1990).
        auto *dated = panel.findChild<QCheckBox *>(u"dateFilter"_s);
        panel.findChild<QDateEdit *>(u"dateFrom"_s)->setDate(QDate(1990, 1, 1));
        panel.findChild<QDateEdit *>(u"dateTo"_s)->setDate(QDate(1990, 12, 31));
        dated->setChecked(true);
        QCOMPARE(list->model()->rowCount(), 0);

        QTest::mouseClick(panel.findChild<QPushButton *>(u"clearFilters"_s), Qt::LeftButton);
        QCOMPARE(list->model()->rowCount(), 5);
        QCOMPARE(speakers->currentIndex(), 0);
    }

    void shouldFollowMetadataEdits()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        LibraryPanel panel;
        panel.setLibrary(library.shared());
        ArticleMetadataPatch patch;
        patch.outletName = u"Example Wire"_s;
        patch.published = u"2024-06-14"_s;
        QVERIFY(ArticleStore(library.db()).updateMetadata(ids.at(2), patch));
        auto *outlets = panel.findChild<QComboBox *>(u"outletFacet"_s);
        QTRY_VERIFY(outlets->findText(u"Example Wire"_s, Qt::MatchStartsWith) > 0);
        outlets->setCurrentIndex(outlets->findText(u"Example Wire"_s, Qt::MatchStartsWith));
        auto *list = panel.findChild<QTableView *>(u"articleList"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(panel.currentArticleId() == ids.at(2) || panel.currentArticleId() == 0, true);
    }
};

QTEST_MAIN(tst_LibraryPanel)
#include "tst_librarypanel.moc"
