// The per-file outcome table of an import.
#include "models/importresultmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ImportResultModel final : public QObject
{
    Q_OBJECT
private slots:
    void shouldShowEachOutcome()
    {
        ImportResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportReport report;
        report.files = {{u"/data/a.txt"_s, ImportOutcome::Imported, 1, u"Title A"_s, {}},
                        {u"/data/b.txt"_s, ImportOutcome::Duplicate, 1, u"Title A"_s, {}},
                        {u"/data/c.bin"_s, ImportOutcome::Failed, 0, {}, u"binary file"_s}};
        model.setReport(report);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ImportResultModel::FileColumn).data().toString(), u"a.txt"_s);
        QCOMPARE(model.index(0, ImportResultModel::DetailColumn).data().toString(), u"Title A"_s);
        QCOMPARE(model.index(1, ImportResultModel::OutcomeColumn).data().toString(),
                 u"Duplicate"_s);
        QVERIFY(model.index(1, ImportResultModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(u"Title A"_s));
        QCOMPARE(model.index(2, ImportResultModel::OutcomeColumn).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(2, ImportResultModel::DetailColumn).data().toString(),
                 u"binary file"_s);
        QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), u"/data/c.bin"_s);
        model.setReport({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ImportResultModel)
#include "tst_importresultmodel.moc"
