#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "reading/readingpane.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Database> seededLibrary(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("cannot open library");
        Importer(**db).run(test::seedArticlePaths());
        return std::move(db).value();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldListArticlesAndShowTheSelectedOne()
    {
        MainWindow window;
        window.setLibrary(seededLibrary(u"a.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *list = window.findChild<QTableView *>(u"articleList"_s);
        auto *reader = window.findChild<ReadingPane *>(u"readingPane"_s)->findChild<QTextBrowser *>(u"readingText"_s);
        auto *status = window.findChild<QLabel *>(u"libraryCount"_s);
        QVERIFY(list && reader && status);
        QCOMPARE(list->model()->rowCount(), 5);
        QCOMPARE(status->text(), u"5 article(s)"_s);
        QVERIFY(!list->accessibleName().isEmpty());

        // Sort by title, then click the third row: the reader shows that article.
        list->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        const QModelIndex third = list->model()->index(2, 0);
        const QString title = third.data().toString();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(third).center());
        QCOMPARE(list->currentIndex().row(), 2);
        QVERIFY(reader->toPlainText().startsWith(title));

        // Keyboard navigation moves the reader along.
        QTest::keyClick(list, Qt::Key_Down);
        const QString next = list->model()->index(3, 0).data().toString();
        QVERIFY(reader->toPlainText().startsWith(next));
    }

    void shouldFollowChangesMadeThroughTheStores()
    {
        MainWindow window;
        window.setLibrary(seededLibrary(u"b.sqlite"_s));
        auto *list = window.findChild<QTableView *>(u"articleList"_s);
        auto *status = window.findChild<QLabel *>(u"libraryCount"_s);
        QVERIFY(ArticleStore(*window.library()).remove(2));
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(status->text(), u"4 article(s)"_s);
    }

    void shouldShowArticleById()
    {
        MainWindow window;
        window.setLibrary(seededLibrary(u"c.sqlite"_s));
        auto *reader = window.findChild<ReadingPane *>(u"readingPane"_s)->findChild<QTextBrowser *>(u"readingText"_s);
        window.showArticle(4);
        QVERIFY(reader->toPlainText().startsWith(u"Putin offers ceasefire"_s));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
