// Tagging in the window: select text, press a number key, see the code's highlight; undo it.
#include "domain/annotation.h"
#include "editing/editsession.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reading/readingpane.h"
#include "registry/registrychooser.h"
#include "session/libraryhost.h"
#include "storage/placestore.h"
#include "testlibrary.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Tagging final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The code colour as the document draws it at a body offset.
    static QColor backgroundAt(ReadingPane *pane, qsizetype bodyOffset)
    {
        const int base =
            int(pane->textView()->toPlainText().indexOf(pane->article().article.body.left(40)));
        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(base + int(bodyOffset) + 1);
        return cursor.charFormat().background().color();
    }

    static void selectBody(ReadingPane *pane, qsizetype start, qsizetype end)
    {
        const int base =
            int(pane->textView()->toPlainText().indexOf(pane->article().article.body.left(40)));
        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(base + int(start));
        cursor.setPosition(base + int(end), QTextCursor::KeepAnchor);
        pane->textView()->setTextCursor(cursor);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldCodeTheSelectionWithKeyTwoAndUndoIt()
    {
        auto library = Database::open(m_dir.filePath(u"t.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditSession *session = window.editing()->session();
        QVERIFY(session->createCode(u"Demands"_s, u"#ff0000"_s));
        QVERIFY(session->createCode(u"Threats & demands"_s, u"#00c000"_s));
        auto *bar = window.findChild<QToolBar *>(u"quickCodeBar"_s);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->actions().size(), 2);
        // An "&" in a code's name is shown, not taken for a keyboard accelerator.
        QCOMPARE(bar->actions().at(1)->iconText(), u"2 Threats & demands"_s);

        window.showArticle(ids.at(0));
        ReadingPane *pane = window.readingPane();
        // A plain stretch of the body: "government can stay in power" in the first paragraph.
        const qsizetype start = pane->article().article.body.indexOf(u"government can stay"_s);
        QVERIFY(start > 0);
        const qsizetype end = start + 19;
        QVERIFY(backgroundAt(pane, start + 3) != QColor(u"#00c000"_s));
        selectBody(pane, start, end);
        pane->textView()->setFocus();
        QTest::keyClick(pane->textView(), Qt::Key_2);

        // The code's highlight is drawn over the passage (a wash of the code's colour).
        const QColor drawn = backgroundAt(pane, start + 3);
        QCOMPARE(drawn.rgb(), QColor(u"#00c000"_s).rgb());
        bool listed = false;
        for (const Highlight &h : pane->highlights())
            listed =
                listed || (h.layer == HighlightLayer::Codes && h.start == start && h.end == end);
        QVERIFY(listed);
        QCOMPARE(session->undoStack()->count(), 3);

        auto *undo = window.findChild<QAction *>(u"actionUndo"_s);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(backgroundAt(pane, start + 3).rgb() != QColor(u"#00c000"_s).rgb());
        for (const Highlight &h : pane->highlights())
            QVERIFY(h.layer != HighlightLayer::Codes);
        window.findChild<QAction *>(u"actionRedo"_s)->trigger();
        QCOMPARE(backgroundAt(pane, start + 3).rgb(), QColor(u"#00c000"_s).rgb());
    }

    void shouldAcceptEveryFindingOfTheArticleInOneStep()
    {
        auto library = Database::open(m_dir.filePath(u"a.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.showArticle(ids.at(3));
        auto pending = [&] {
            int count = 0;
            for (const Annotation &a : window.readingPane()->article().annotations)
                count += a.status == AnnotationStatus::Pending;
            return count;
        };
        const int before = pending();
        QVERIFY(before > 10);
        window.findChild<QAction *>(u"actionAcceptAll"_s)->trigger();
        QCOMPARE(pending(), 0); // the pane was refreshed from the library
        QCOMPARE(window.editing()->session()->undoStack()->count(), 1);
        window.findChild<QAction *>(u"actionUndo"_s)->trigger();
        QCOMPARE(pending(), before);
    }

    void shouldDragTheEndOfAHighlight()
    {
        auto library = Database::open(m_dir.filePath(u"d.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditSession *session = window.editing()->session();
        const auto code = session->createCode(u"Demands"_s, u"#ff0000"_s);
        window.showArticle(ids.at(0));
        ReadingPane *pane = window.readingPane();
        const QString body = pane->article().article.body;
        const qsizetype start = body.indexOf(u"government can stay"_s);
        const auto passage = session->tagPassage(ids.at(0), start, start + 10, *code);
        QVERIFY(passage);
        pane->selectAnnotation(*passage);

        const int base = int(pane->textView()->toPlainText().indexOf(body.left(40)));
        auto caretAt = [&](qsizetype bodyOffset) {
            QTextCursor cursor(pane->textView()->document());
            cursor.setPosition(base + int(bodyOffset));
            return pane->textView()->cursorRect(cursor);
        };
        QWidget *viewport = pane->textView()->viewport();
        auto send = [viewport](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, viewport->mapToGlobal(at),
                              type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                              Qt::NoModifier);
            QApplication::sendEvent(viewport, &event);
        };
        const QRect end = caretAt(start + 10);
        const QPoint grip(end.x(), end.center().y());
        send(QEvent::MouseMove, grip, Qt::NoButton);
        QCOMPARE(viewport->cursor().shape(), Qt::SizeHorCursor);
        send(QEvent::MouseButtonPress, grip, Qt::LeftButton);
        // Drag to the gap after "government can stay" (19 characters).
        const QRect target = caretAt(start + 19);
        send(QEvent::MouseMove, QPoint(target.x(), target.center().y()), Qt::LeftButton);
        send(QEvent::MouseButtonRelease, QPoint(target.x(), target.center().y()), Qt::NoButton);

        const Annotation *moved = pane->article().annotation(*passage);
        QVERIFY(moved);
        QCOMPARE(moved->start, start);
        QCOMPARE(moved->end, start + 19);
        QCOMPARE(moved->exact, u"government can stay"_s);
        session->undoStack()->undo();
        QCOMPARE(pane->article().annotation(*passage)->end, start + 10);
    }

    void shouldMarkASelectionAsANewPlaceThroughTheChooser()
    {
        auto library = Database::open(m_dir.filePath(u"p.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.showArticle(ids.at(0));
        ReadingPane *pane = window.readingPane();
        const qsizetype start = pane->article().article.body.indexOf(u"government"_s);
        selectBody(pane, start, start + 10);
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto *chooser = qobject_cast<RegistryChooser *>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            QCOMPARE(chooser->objectName(), u"placeChooser"_s);
            // Nothing is spelt "government": the new-place form is offered with the spelling.
            auto *fresh = chooser->findChild<QGroupBox *>(u"registryNew"_s);
            QVERIFY(fresh->isChecked());
            QCOMPARE(chooser->findChild<QLineEdit *>(u"registryNewName"_s)->text(),
                     u"government"_s);
            chooser->findChild<QLineEdit *>(u"registryNewName"_s)->setText(u"Zlatopil"_s);
            chooser->findChild<QLineEdit *>(u"registryNewAliases"_s)
                ->setText(u"Pervomaiskyi, Первомайский"_s);
            answered = true;
            chooser->accept();
        });
        emit pane->markPlaceRequested();
        QVERIFY(answered);
        const Annotation *marked = nullptr;
        for (const Annotation &a : pane->article().annotations)
            if (a.kind == AnnotationKind::PlaceMention && a.start == start && a.end == start + 10)
                marked = &a;
        QVERIFY(marked);
        const Place place = *PlaceStore(*window.library()).get(*marked->placeId);
        QCOMPARE(place.name, u"Zlatopil"_s);
        QCOMPARE(place.aliases,
                 (QStringList{u"Pervomaiskyi"_s, u"Первомайский"_s, u"government"_s}));
        QCOMPARE(window.editing()->session()->undoStack()->count(), 1);
        window.editing()->session()->undoStack()->undo();
        QVERIFY(PlaceStore(*window.library()).findByName(u"Zlatopil"_s)->isEmpty());
    }

    void shouldListCodesInTheCodebook()
    {
        auto library = Database::open(m_dir.filePath(u"c.sqlite"_s));
        QVERIFY(library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        EditSession *session = window.editing()->session();
        const auto parent = session->createCode(u"Claims"_s, u"#123456"_s);
        QVERIFY(parent && session->createCode(u"Territorial"_s, u"#654321"_s, parent));
        auto *tree = window.findChild<QTreeView *>(u"codebookTree"_s);
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex top = tree->model()->index(0, 0);
        QVERIFY(top.data().toString().contains(u"Claims"_s));
        QCOMPARE(tree->model()->rowCount(top), 1);
        session->undoStack()->undo();
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 0);
    }
};

QTEST_MAIN(tst_Tagging)
#include "tst_tagging.moc"
