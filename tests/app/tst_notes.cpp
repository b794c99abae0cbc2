// Notes in the window: written in the side panel, saved as you type in one undo step,
// rendered as Markdown, and found by the library's search box.
#include "editing/editsession.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "session/libraryhost.h"
#include "storage/notestore.h"
#include "testlibrary.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Notes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSaveAsYouTypeRenderAndFindTheNote()
    {
        auto library = Database::open(m_dir.filePath(u"n.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArticle(ids.at(2));
        EditSession *session = window.editing()->session();
        const int before = session->undoStack()->count();

        window.findChild<QAction *>(u"actionNoteOnArticle"_s)->trigger();
        auto *editor = window.findChild<QPlainTextEdit *>(u"noteEditor"_s);
        QVERIFY(editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, u"Compare with **Interfax** wording"_s);
        QTRY_COMPARE(window.library() ? NoteStore(*window.library())
                                            .forTarget(NoteTarget::Article, ids.at(2))
                                            ->value(0)
                                            .body
                                      : QString(),
                     u"Compare with **Interfax** wording"_s);
        // One step to add the note, one for all the typing.
        QCOMPARE(session->undoStack()->count(), before + 2);
        auto *view = window.findChild<QTextBrowser *>(u"noteView"_s);
        QVERIFY(view->toPlainText().contains(u"Compare with Interfax wording"_s));
        QVERIFY(view->toHtml().contains(u"font-weight"_s));

        auto *search = window.findChild<QLineEdit *>(u"librarySearch"_s);
        QTest::keyClicks(search, u"Interfax"_s);
        QTest::keyClick(search, Qt::Key_Return);
        auto *results = window.findChild<QListView *>(u"searchResults"_s);
        QVERIFY(results->model()->rowCount() >= 1);
        bool noteHit = false;
        for (int row = 0; row < results->model()->rowCount(); ++row)
            noteHit = noteHit ||
                      results->model()->index(row, 0).data().toString().startsWith(u"Note on"_s);
        QVERIFY(noteHit);
    }

    void shouldKeepANoteOnTheLibraryInViewWhateverIsOpen()
    {
        auto library = Database::open(m_dir.filePath(u"l.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"actionNoteOnLibrary"_s)->trigger();
        auto *editor = window.findChild<QPlainTextEdit *>(u"noteEditor"_s);
        QVERIFY(editor->isEnabled());
        editor->setFocus();
        QTest::keyClicks(editor, u"Plan: compare the Kyiv wording"_s);
        QTRY_COMPARE(NoteStore(*window.library()).forTarget(NoteTarget::Library, 0)->value(0).body,
                     u"Plan: compare the Kyiv wording"_s);
        // Opening an article lists its notes and still the library's.
        window.showArticle(ids.at(1));
        auto *list = window.findChild<QListWidget *>(u"notesList"_s);
        QTRY_VERIFY(list->count() >= 1);
        bool listed = false;
        for (int row = 0; row < list->count(); ++row)
            listed = listed || list->item(row)->text().startsWith(u"Library: Plan"_s);
        QVERIFY(listed);
        // Undo takes it away again.
        EditSession *session = window.editing()->session();
        editor->clearFocus();
        session->undoStack()->undo();
        session->undoStack()->undo();
        QTRY_COMPARE(NoteStore(*window.library()).forTarget(NoteTarget::Library, 0)->size(), 0);
    }
};

QTEST_MAIN(tst_Notes)
#include "tst_notes.moc"
