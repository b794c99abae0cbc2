// Import through the dialog, in the background, with a bad file among good ones.
#include "importing/importcontroller.h"
#include "importing/importdialog.h"
#include "models/articlelistmodel.h"
#include "models/importresultmodel.h"
#include "testlibrary.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ImportDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldReportEachFileAndUpdateTheLibrary()
    {
        test::TestLibrary library;
        ArticleListModel articles;
        articles.setDatabase(library.shared());
        const QStringList seeds = test::seedArticlePaths();
        QStringList paths = seeds.mid(0, 2);
        paths.append(
            library.writeFile(u"broken.txt"_s, QByteArray("\x00\x01\x02\xff\x00binary", 11)));
        paths.append(seeds.at(0)); // a duplicate of the first

        ImportDialog dialog;
        QVERIFY(dialog.start(library.shared(), paths));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>(u"importResults"_s);
        auto *close = dialog.findChild<QDialogButtonBox *>(u"importButtons"_s)
                          ->button(QDialogButtonBox::Close);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 30000);
        QVERIFY(close->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"importCancel"_s)->isEnabled());

        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 4);
        QMap<QString, QString> outcomes;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString file = model->index(row, ImportResultModel::FileColumn).data().toString();
            const QString outcome =
                model->index(row, ImportResultModel::OutcomeColumn).data().toString();
            const QString detail =
                model->index(row, ImportResultModel::DetailColumn).data().toString();
            if (file == u"broken.txt"_s) {
                QCOMPARE(outcome, u"Failed"_s);
                QVERIFY(!detail.isEmpty());
            }
            outcomes.insert(file + u'#' + QString::number(row), outcome);
        }
        QCOMPARE(std::count(outcomes.cbegin(), outcomes.cend(), u"Imported"_s), 2);
        QCOMPARE(std::count(outcomes.cbegin(), outcomes.cend(), u"Duplicate"_s), 1);
        QVERIFY(dialog.findChild<QLabel *>(u"importStatus"_s)->text().contains(u"2 imported"_s));
        // The GUI thread's models hear of the new articles.
        QCOMPARE(articles.rowCount(), 2);
    }

    void shouldStopWhenCancelled()
    {
        test::TestLibrary library;
        QStringList paths;
        for (int i = 0; i < 400; ++i)
            paths.append(library.writeFile(
                u"a%1.txt"_s.arg(i),
                u"Article %1\n\nThe mayor of Kyiv said \"we will rebuild\" on day %1."_s.arg(i)
                    .toUtf8()));
        ImportController controller;
        QVERIFY(controller.start(library.shared(), paths));
        QVERIFY(!controller.start(library.shared(), paths)); // one at a time
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 30000);
        const ImportReport &report = controller.lastReport();
        QVERIFY(report.cancelled || report.count(ImportOutcome::Imported) == 400);
        // Whatever was committed is whole: every article counted is in the library.
        QCOMPARE(library.scalar(u"SELECT count(*) FROM articles"_s),
                 qint64(report.count(ImportOutcome::Imported)));
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
