// Articles from the web in the window: Import from URL and the Feeds panel, against a server
// on the loopback address.
#include "importing/feedspanel.h"
#include "importing/importcontroller.h"
#include "importing/importdialog.h"
#include "importing/importurldialog.h"
#include "localhttpserver.h"
#include "mainwindow/mainwindow.h"
#include "models/feedlistmodel.h"
#include "models/importresultmodel.h"
#include "session/libraryhost.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/feedstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace parallax;
using test::HttpResponse;
using test::LocalHttpServer;

namespace {

QByteArray page(const QString &title)
{
    return (u"<html><head><title>%1</title><meta property=\"og:site_name\" content=\"Example "
            u"Wire\"></head><body>"
            u"<article><h1>%1</h1><p>“Talks will resume,” the envoy said on Friday, after a week "
            u"of calls "
            u"with both delegations and their advisers in Geneva.</p></article></body></html>"_s)
        .arg(title)
        .toUtf8();
}

// Waits for the import dialog the window opened to finish, and returns it.
ImportDialog *finishedDialog(MainWindow &window)
{
    ImportDialog *dialog = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
                return dialog && !dialog->controller()->isRunning() &&
                       dialog->results()->rowCount() > 0;
            },
            20000))
        return nullptr;
    return dialog;
}

} // namespace

class tst_WebImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server.serve(u"/one"_s, {200, "text/html", page(u"First story"_s), {}, 0, true});
        m_server.serve(u"/two"_s, {200, "text/html", page(u"Second story"_s), {}, 0, true});
        m_server.serve(
            u"/feed"_s,
            {200,
             "application/rss+xml",
             (u"<rss><channel><title>Wire</title><item><title>Two</title><link>%1</link></item>"
              u"</channel></rss>"_s)
                 .arg(m_server.url(u"/two"_s).toString())
                 .toUtf8(),
             {},
             0,
             true});
    }

    void shouldImportFromUrlThroughTheDialog()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(Database::open(m_dir.filePath(u"urls.sqlite"_s))).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The dialog refuses a line that is not a web address, then imports the good one.
        QTimer::singleShot(0, this, [this] {
            auto *ask = qobject_cast<ImportUrlDialog *>(QApplication::activeModalWidget());
            QVERIFY(ask);
            auto *edit = ask->findChild<QPlainTextEdit *>(u"urlList"_s);
            edit->setPlainText(m_server.url(u"/one"_s).toString() + u"\n"_s);
            ask->accept();
        });
        window.findChild<QAction *>(u"actionImportUrl"_s)->trigger();
        ImportDialog *dialog = finishedDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->results()->rowCount(), 1);
        QCOMPARE(dialog->results()
                     ->index(0, ImportResultModel::OutcomeColumn)
                     .data(ImportResultModel::OutcomeRole)
                     .toInt(),
                 int(ImportOutcome::Imported));
        QCOMPARE(window.findChild<QTableView *>(u"articleList"_s)->model()->rowCount(), 1);
        dialog->close();
    }

    void shouldRefuseLinesThatAreNotAddresses()
    {
        ImportUrlDialog ask;
        ask.setText(u"https://ok.example/a\nnot an address\n"_s);
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        ask.accept();
        QCOMPARE(ask.result(), int(QDialog::Rejected)); // still open: the bad line was refused
        QCOMPARE(ask.urls(), (QStringList{u"https://ok.example/a"_s, u"not an address"_s}));
    }

    void shouldSubscribeAndRefreshFeedsFromThePanel()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(Database::open(m_dir.filePath(u"feeds.sqlite"_s))).value());
        window.show();
        auto *panel = window.findChild<FeedsPanel *>(u"feedsPanel"_s);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->model());
        auto *refreshAll = panel->findChild<QPushButton *>(u"feedRefreshAll"_s);
        QVERIFY(!refreshAll->isEnabled());

        QVERIFY(panel->subscribe(m_server.url(u"/feed"_s).toString(), u"Wire Desk"_s) > 0);
        QCOMPARE(panel->model()->rowCount(), 1);
        QVERIFY(refreshAll->isEnabled());
        QCOMPARE(panel->model()->index(0, FeedListModel::RefreshedColumn).data().toString(),
                 u"never"_s);

        QTest::mouseClick(refreshAll, Qt::LeftButton);
        ImportDialog *dialog = finishedDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->results()->rowCount(), 1);
        // The panel hears the refresh that ran on the import's own connection.
        QTRY_COMPARE(panel->model()->index(0, FeedListModel::ArticlesColumn).data().toInt(), 1);
        QCOMPARE(panel->model()->index(0, FeedListModel::NameColumn).data().toString(), u"Wire"_s);
        QCOMPARE(panel->model()->index(0, FeedListModel::StatusColumn).data().toString(), u"OK"_s);
        const QList<ArticleSummary> articles = *ArticleStore(*window.library()).list();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles[0].outletName, u"Wire Desk"_s);
        dialog->close();
    }
};

QTEST_MAIN(tst_WebImport)
#include "tst_webimport.moc"
