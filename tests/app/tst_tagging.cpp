// Tagging in the window: select text, press a number key, see the code's highlight; undo it.
#include "domain/annotation.h"
#include "editing/editsession.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "reading/readingpane.h"
#include "testlibrary.h"

#include <QAction>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
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
        const int base = int(pane->textView()->toPlainText().indexOf(pane->article().article.body.left(40)));
        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(base + int(bodyOffset) + 1);
        return cursor.charFormat().background().color();
    }

    static void selectBody(ReadingPane *pane, qsizetype start, qsizetype end)
    {
        const int base = int(pane->textView()->toPlainText().indexOf(pane->article().article.body.left(40)));
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
        MainWindow window;
        window.setLibrary(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EditSession *session = window.editing()->session();
        QVERIFY(session->createCode(u"Demands"_s, u"#ff0000"_s));
        QVERIFY(session->createCode(u"Threats"_s, u"#00c000"_s));
        auto *bar = window.findChild<QToolBar *>(u"quickCodeBar"_s);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->actions().size(), 2);

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
            listed = listed || (h.layer == HighlightLayer::Codes && h.start == start && h.end == end);
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
        MainWindow window;
        window.setLibrary(std::move(library).value());
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

    void shouldListCodesInTheCodebook()
    {
        auto library = Database::open(m_dir.filePath(u"c.sqlite"_s));
        QVERIFY(library);
        MainWindow window;
        window.setLibrary(std::move(library).value());
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
