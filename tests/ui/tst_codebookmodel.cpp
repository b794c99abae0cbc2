// The codebook tree model: tree order, usage counts, the first nine codes for keys 1–9.
#include "editing/editsession.h"
#include "models/codebookmodel.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_CodebookModel final : public QObject
{
    Q_OBJECT
private slots:
    void shouldShowTheTreeAndFollowEdits()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        CodebookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&library.db());
        QCOMPARE(model.rowCount(), 0);

        EditSession session(library.db());
        const auto themes = session.createCode(u"Themes"_s, u"#111111"_s);
        const auto peace = session.createCode(u"Peace terms"_s, u"#222222"_s, themes);
        const auto threats = session.createCode(u"Threats"_s, u"#333333"_s, themes);
        const auto sources = session.createCode(u"Sources"_s, u"#444444"_s);
        QVERIFY(themes && peace && threats && sources);
        QVERIFY(session.tagPassage(ids.at(0), 0, 10, *peace));
        QVERIFY(session.tagPassage(ids.at(1), 5, 15, *peace));

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex top = model.indexOfCode(*themes);
        QCOMPARE(model.rowCount(top), 2);
        const QModelIndex peaceIndex = model.indexOfCode(*peace);
        QCOMPARE(peaceIndex.parent(), top);
        QCOMPARE(peaceIndex.data(CodebookModel::UsageRole).toInt(), 2);
        QCOMPARE(peaceIndex.data(CodebookModel::ShortcutRole).toInt(), 2);
        QCOMPARE(model.indexOfCode(*sources).data(CodebookModel::ShortcutRole).toInt(), 4);
        QList<qint64> order;
        for (const Code &code : model.shortcutCodes())
            order.append(code.id);
        QCOMPARE(order, (QList<qint64>{*themes, *peace, *threats, *sources}));

        QVERIFY(session.moveCode(*sources, themes, 0));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.indexOfCode(*themes)), 3);
    }
};

QTEST_MAIN(tst_CodebookModel)
#include "tst_codebookmodel.moc"
