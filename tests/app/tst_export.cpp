// File → Export… and Import REFI-QDA Project… in the window.
#include "export/exporter.h"
#include "exportfixture.h"
#include "exporting/exportactions.h"
#include "exporting/exportdialog.h"
#include "library/librarypanel.h"
#include "mainwindow/mainwindow.h"
#include "session/libraryhost.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Export final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldExportTheChosenScopeFromTheDialog()
    {
        test::ExportFixture f;
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(Database::open(f.library.path())).value());
        window.show();
        const QString out = f.library.dir() + u"/coded.csv"_s;
        QString wholePreview;
        QString codePreview;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The article on show is selected, so the dialog offers it first.
            QVERIFY(dialog->findChild<QRadioButton *>(u"scopeArticles"_s)->isChecked());
            dialog->findChild<QRadioButton *>(u"scopeLibrary"_s)->setChecked(true);
            wholePreview = dialog->findChild<QLabel *>(u"exportPreview"_s)->text();
            dialog->findChild<QRadioButton *>(u"scopeCode"_s)->setChecked(true);
            auto *codes = dialog->findChild<QComboBox *>(u"exportCode"_s);
            codes->setCurrentIndex(codes->findData(f.parentCode));
            codePreview = dialog->findChild<QLabel *>(u"exportPreview"_s)->text();
            auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s);
            format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
            dialog->findChild<QLineEdit *>(u"exportPath"_s)->setText(out);
            dialog->findChild<QPushButton *>(u"exportAccept"_s)->click();
        });
        window.findChild<QAction *>(u"actionExport"_s)->trigger();
        QVERIFY2(wholePreview.contains(u"The whole library: 6 article(s)"_s),
                 qPrintable(wholePreview));
        QVERIFY2(codePreview.contains(u"2 article(s), 3 annotation(s)"_s), qPrintable(codePreview));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 4);
        QVERIFY(window.statusBar()->currentMessage().contains(out));
    }

    void shouldMergeACodebookIntoTheOpenLibrary()
    {
        test::ExportFixture f;
        const QString book = f.library.dir() + u"/codes.qdc"_s;
        QVERIFY(
            exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Codebook, book));
        test::TestLibrary other;
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(Database::open(other.path())).value());
        QVERIFY(window.findChild<QAction *>(u"actionImportCodebook"_s));
        QVERIFY(window.exporting()->importCodebook(book));
        const qint64 codes = f.library.scalar(u"SELECT count(*) FROM codes"_s);
        QCOMPARE(other.scalar(u"SELECT count(*) FROM codes"_s), codes);
        QVERIFY(window.statusBar()->currentMessage().contains(u"%1 new"_s.arg(codes)));
    }

    void shouldMergeAProjectIntoTheOpenLibrary()
    {
        test::ExportFixture f;
        const QString project = f.library.dir() + u"/p.qdpx"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, project));
        test::TestLibrary other;
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(Database::open(other.path())).value());
        QTableView *list = window.findChild<LibraryPanel *>()->articleList();
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(window.exporting()->importProject(project));
        // The import ran on a connection of its own; its changes reach the views queued.
        QTRY_COMPARE(list->model()->rowCount(), f.articles.size());
        QVERIFY(window.statusBar()->currentMessage().contains(u"1 claim(s)"_s));
        // A broken file is refused and changes nothing.
        const QString broken = f.library.writeFile(u"broken.qdpx"_s, "not a zip");
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->close();
        });
        closer.start(20);
        QVERIFY(!window.exporting()->importProject(broken));
        closer.stop();
        QCOMPARE(list->model()->rowCount(), f.articles.size());
        // A project of our own with a selection past its text: the rest comes in, and a box
        // says what was skipped.
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" "
            "name=\"p\"><CodeBook><Codes><Code guid=\"c0000000-0000-4000-8000-000000000001\" "
            "name=\"Theme\" isCodable=\"true\"/></Codes></CodeBook><Sources><TextSource "
            "guid=\"50000000-0000-4000-8000-000000000001\" name=\"Partial\" "
            "plainTextPath=\"internal://t.txt\"><PlainTextSelection "
            "guid=\"50000000-0000-4000-8000-000000000002\" startPosition=\"2\" endPosition=\"99\">"
            "<Coding guid=\"50000000-0000-4000-8000-000000000003\"><CodeRef "
            "targetGUID=\"c0000000-0000-4000-8000-000000000001\"/></Coding></PlainTextSelection>"
            "</TextSource></Sources></Project>";
        const QString partial = test::writeZip(
            f.library.dir() + u"/partial.qdpx"_s,
            {{u"project.qde"_s, xml}, {u"sources/t.txt"_s, "A short text of our own"}});
        QVERIFY(window.exporting()->importProject(partial));
        QTRY_COMPARE(list->model()->rowCount(), f.articles.size() + 1);
        auto *box = window.findChild<QMessageBox *>(u"importReport"_s);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(u"selections: 1"_s),
                 qPrintable(box->informativeText()));
        QVERIFY(box->detailedText().contains(u"lies outside its text"_s));
        box->close();
    }
};

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
