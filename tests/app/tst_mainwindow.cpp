#include "comparison/comparisonview.h"
#include "editing/editsession.h"
#include "import/importer.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reading/readingpane.h"
#include "session/libraryhost.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

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

    void shouldFollowTheHostsLibraryAndLetGoOfTheOldOne()
    {
        LibraryHost host;
        std::weak_ptr<const Database> first;
        {
            MainWindow window(host);
            host.setLibrary(seededLibrary(u"first.sqlite"_s));
            first = host.library();
            auto *list = window.findChild<QTableView *>(u"articleList"_s);
            QVERIFY(list);
            QCOMPARE(list->model()->rowCount(), 5);
            QCOMPARE(window.library(), host.library());

            // Switching: every panel reads the new library and the old one is closed.
            auto empty = Database::open(m_dir.filePath(u"second.sqlite"_s));
            QVERIFY(empty);
            host.setLibrary(std::move(empty).value());
            QVERIFY(first.expired());
            QCOMPARE(list->model()->rowCount(), 0);
            QVERIFY(window.windowTitle().startsWith(u"second.sqlite"_s));
        }
        // The window is gone; the library it showed is still open in the host.
        QVERIFY(host.hasLibrary());
        QCOMPARE(QFileInfo(host.library()->path()).fileName(), u"second.sqlite"_s);
        MainWindow again(host);
        QCOMPARE(again.library(), host.library());
    }

    void shouldShowWhatFailedWhenTheListCannotBeRead()
    {
        LibraryHost host;
        host.setLibrary(seededLibrary(u"unreadable.sqlite"_s));
        {
            // The article list reads the counts kept in article_stats; take them away.
            QSqlQuery query(host.library()->handle());
            QVERIFY(query.exec(u"ALTER TABLE article_stats RENAME TO article_stats_gone"_s));
        }
        MainWindow window(host);
        window.show();
        auto *indicator = window.findChild<QToolButton *>(u"problemsIndicator"_s);
        auto *count = window.findChild<QLabel *>(u"libraryCount"_s);
        QVERIFY(indicator && count);
        QTRY_VERIFY(indicator->isVisible());
        QVERIFY(indicator->text().contains(u"problem"_s));
        QVERIFY2(indicator->toolTip().contains(u"article_stats"_s),
                 qPrintable(indicator->toolTip()));
        QVERIFY(count->text().contains(u"article_stats"_s));
        // Clear hides it until the next failure.
        QAction *clear = indicator->menu()->findChild<QAction *>(u"actionClearProblems"_s);
        QVERIFY(clear);
        clear->trigger();
        QVERIFY(!indicator->isVisible());
    }

    void shouldListArticlesAndShowTheSelectedOne()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"a.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *list = window.findChild<QTableView *>(u"articleList"_s);
        auto *reader = window.findChild<ReadingPane *>(u"readingPane"_s)
                           ->findChild<QTextBrowser *>(u"readingText"_s);
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

    void shouldGiveEveryShortcutToOneAction()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"shortcuts.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Qt runs a shortcut only when one action holds it where the focus is: two actions with
        // one key in overlapping scopes (the window, or a widget and its children) run neither.
        struct Holder
        {
            QAction *action;
            QWidget *scope; // nullptr: the whole window
        };
        QHash<QString, QList<Holder>> byKey;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                QWidget *scope = nullptr;
                if (action->shortcutContext() == Qt::WidgetWithChildrenShortcut ||
                    action->shortcutContext() == Qt::WidgetShortcut) {
                    for (QObject *owner : action->associatedObjects())
                        if (auto *widget = qobject_cast<QWidget *>(owner);
                            widget && !qobject_cast<QMenu *>(widget))
                            scope = widget;
                    if (!scope)
                        continue; // on no widget, it never runs
                }
                byKey[key.toString()].append({action, scope});
            }
        }
        QVERIFY(byKey.contains(u"F8"_s) && byKey.contains(u"Ctrl+E"_s));
        auto overlap = [](QWidget *a, QWidget *b) {
            return !a || !b || a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
        };
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            for (qsizetype i = 0; i < it->size(); ++i)
                for (qsizetype j = i + 1; j < it->size(); ++j)
                    if (overlap(it->at(i).scope, it->at(j).scope))
                        clashes.append(u"%1: %2 and %3"_s.arg(it.key(), it->at(i).action->text(),
                                                              it->at(j).action->text()));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));

        // And the window's F8 steps through the highlights of the article shown.
        auto *reader = window.findChild<ReadingPane *>(u"readingPane"_s);
        QVERIFY(reader->highlights().size() > 1);
        reader->textView()->setFocus();
        QTest::keyClick(reader->textView(), Qt::Key_F8);
        QCOMPARE(reader->selectedAnnotation(), reader->highlights().constFirst().annotationId);
    }

    void shouldReopenTheLibraryWhenItsLocksAreLost()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"locks.sqlite"_s));
        window.show();
        const QString path = window.library()->path();
        // Anything in the process that opens and closes the file releases SQLite's locks.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
        }
        EditSession *session = window.editing()->session();
        QVERIFY(!session->createCode(u"Lost"_s, u"#aa0000"_s));
        QVERIFY(session->lastError().contains(u"stopped writing"_s));

        // The window closes the library and opens it again, and says why.
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"locksLostMessage"_s));
        auto *message = window.findChild<QMessageBox *>(u"locksLostMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(window.library() && window.library()->path() == path &&
                !window.library()->locksLost());
        QVERIFY(message->text().contains(u"repeat your last change"_s));
        QVERIFY(window.editing()->session()->createCode(u"Kept"_s, u"#00aa00"_s));
        QCOMPARE(window.findChild<QTableView *>(u"articleList"_s)->model()->rowCount(), 5);
    }

    void shouldOfferToSalvageADamagedLibraryAndOpenTheCopy()
    {
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        QList<qint64> leaves;
        {
            auto db = Database::open(path);
            QVERIFY(db);
            Importer(**db).run(test::seedArticlePaths());
            QSqlQuery query((*db)->handle());
            QVERIFY(query.exec(
                u"SELECT pageno FROM dbstat WHERE name = 'annotations' AND pagetype = 'leaf'"_s));
            while (query.next())
                leaves.append(query.value(0).toLongLong());
        }
        QVERIFY(!leaves.isEmpty());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((leaves.constFirst() - 1) * 4096));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Damaged);

        QStringList seen;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal ||
                (!seen.isEmpty() && seen.constLast() == modal->objectName() + modal->windowTitle()))
                return;
            seen.append(modal->objectName() + modal->windowTitle());
            if (modal->objectName() == u"openFailure"_s) {
                modal->findChild<QPushButton *>(u"salvageButton"_s)->click();
            } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                QMetaObject::invokeMethod(dialog, "accept");
            } else if (auto *box = qobject_cast<QMessageBox *>(modal);
                       box && box->windowTitle() == u"Library salvaged"_s) {
                QVERIFY(box->text().contains(u"could not be read"_s));
                box->button(QMessageBox::Open)->click();
            }
        });
        driver.start();
        LibraryHost host;
        MainWindow window(host);
        window.show();
        window.reportOpenFailure(path, opened.error());
        driver.stop();
        QVERIFY2(seen.size() >= 3, qPrintable(seen.join(u", "_s)));
        QVERIFY(window.library());
        // The name offered beside the damaged file.
        QCOMPARE(QFileInfo(window.library()->path()).fileName(), u"damaged-salvaged.sqlite"_s);
        QCOMPARE(window.findChild<QTableView *>(u"articleList"_s)->model()->rowCount(), 5);
    }

    void shouldFollowChangesMadeThroughTheStores()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"b.sqlite"_s));
        auto *list = window.findChild<QTableView *>(u"articleList"_s);
        auto *status = window.findChild<QLabel *>(u"libraryCount"_s);
        QVERIFY(ArticleStore(*window.library()).remove(2));
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(status->text(), u"4 article(s)"_s);
    }

    void shouldShowArticleById()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"c.sqlite"_s));
        auto *reader = window.findChild<ReadingPane *>(u"readingPane"_s)
                           ->findChild<QTextBrowser *>(u"readingText"_s);
        window.showArticle(4);
        QVERIFY(reader->toPlainText().startsWith(u"Putin offers ceasefire"_s));
    }

    void shouldCompareTheSelectedArticles()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"d.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QTableView *>(u"articleList"_s);
        auto *compare = window.findChild<QAction *>(u"actionCompare"_s);
        QVERIFY(compare && !compare->isEnabled());
        list->selectRow(0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          list->visualRect(list->model()->index(1, 0)).center());
        QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
        QVERIFY(compare->isEnabled());
        compare->trigger();
        auto *tabs = window.findChild<QTabWidget *>(u"centralTabs"_s);
        QCOMPARE(tabs->currentWidget()->objectName(), u"comparisonView"_s);
        QCOMPARE(window.comparisonView()->paneCount(), 2);
        QVERIFY(window.findChild<ReadingPane *>(u"comparePane1"_s)->isVisible());
        QVERIFY(!window.findChild<ReadingPane *>(u"comparePane2"_s)->isVisible());
    }

    void shouldListMentionsAndOtherWordingsAcrossTheLibrary()
    {
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(seededLibrary(u"e.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArticle(2);
        const ReadingData &data = window.readingPane()->article();
        const Annotation *kyiv = nullptr;
        const Annotation *statement = nullptr;
        for (const Annotation &a : data.annotations) {
            if (!kyiv && a.kind == AnnotationKind::PlaceMention &&
                data.placeName(a.placeId) == u"Kyiv"_s)
                kyiv = &a;
            if (!statement && a.kind == AnnotationKind::Quote &&
                a.exact.startsWith(u"If Ukrainian forces"_s))
                statement = &a;
        }
        QVERIFY(kyiv && statement);
        auto *findings = window.findChild<QListWidget *>(u"findingsList"_s);
        window.showAllMentions(FacetKind::Place, *kyiv->placeId, u"Kyiv"_s);
        QVERIFY(findings->isVisible());
        QVERIFY(findings->count() > 5); // Kyiv, Kiev, Киев… across the five seeds
        bool spelledKiev = false;
        for (int row = 0; row < findings->count(); ++row)
            spelledKiev = spelledKiev || findings->item(row)->text().contains(u"[Kiev]"_s);
        QVERIFY(spelledKiev);

        window.findStatement(statement->id);
        QVERIFY(findings->count() >= 1);
        QVERIFY(findings->item(0)->text().contains(u"We’re still receiving calls"_s));
        // Activating a passage opens its article at that passage.
        findings->setCurrentRow(0);
        emit findings->itemActivated(findings->item(0));
        QCOMPARE(window.readingPane()->article().article.id, qint64(5));
        QVERIFY(window.readingPane()->selectedAnnotation() != 0);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
