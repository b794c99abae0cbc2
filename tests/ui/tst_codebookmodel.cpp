// The codebook tree model: tree order, usage counts, the first nine codes for keys 1–9.
#include "editing/editsession.h"
#include "models/codebookmodel.h"
#include "storage/codestore.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
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
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(library.shared());
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

    void shouldShowCategoriesWithoutAKeyAndRefuseToCodeWithThem()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        Code category;
        category.name = u"Themes"_s;
        category.codable = false; // as a QDA tool's category comes in
        const qint64 themes = *CodeStore(library.db()).create(category);
        Code peace;
        peace.name = u"Peace terms"_s;
        peace.parentId = themes;
        const qint64 peaceId = *CodeStore(library.db()).create(peace);
        CodebookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(library.shared());
        const QModelIndex top = model.indexOfCode(themes);
        QCOMPARE(top.data(CodebookModel::ShortcutRole).toInt(), 0);
        QVERIFY(top.data().toString().contains(u"category"_s));
        QVERIFY(top.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.indexOfCode(peaceId).data(CodebookModel::ShortcutRole).toInt(), 1);
        QCOMPARE(model.shortcutCodes().size(), 1);
        QCOMPARE(model.shortcutCodes().constFirst().id, peaceId);

        EditSession session(library.db());
        QSignalSpy failed(&session, &EditSession::errorOccurred);
        QVERIFY(!session.tagPassage(ids.at(0), 0, 10, themes));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"is a category"_s));
        QCOMPARE(library.scalar(u"SELECT count(*) FROM annotations WHERE code_id IS NOT NULL"_s),
                 0);
        QVERIFY(session.tagPassage(ids.at(0), 0, 10, peaceId));
    }

    void shouldMoveCodesByDragAndDrop()
    {
        test::TestLibrary library;
        CodebookModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(library.shared());
        EditSession session(library.db());
        connect(&model, &CodebookModel::moveRequested, &session,
                [&session](qint64 code, std::optional<qint64> parent, int position) {
                    QVERIFY(session.moveCode(code, parent, position));
                });
        const auto a = session.createCode(u"A"_s, u"#111111"_s);
        const auto b = session.createCode(u"B"_s, u"#222222"_s);
        const auto c = session.createCode(u"C"_s, u"#333333"_s);
        QVERIFY(a && b && c);
        auto topOrder = [&] {
            QList<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.append(model.index(row, 0).data(CodebookModel::CodeIdRole).toLongLong());
            return ids;
        };
        auto drag = [&](qint64 id) {
            return std::unique_ptr<QMimeData>(model.mimeData({model.indexOfCode(id)}));
        };
        QVERIFY(model.flags(model.indexOfCode(*a)).testFlag(Qt::ItemIsDragEnabled));

        // C dropped above A, then A dropped below C (between C and B).
        model.dropMimeData(drag(*c).get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(topOrder(), (QList<qint64>{*c, *a, *b}));
        model.dropMimeData(drag(*a).get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(topOrder(), (QList<qint64>{*c, *b, *a}));
        // B dropped onto C becomes its sub-code; C may not go under B, its own child.
        model.dropMimeData(drag(*b).get(), Qt::MoveAction, -1, 0, model.indexOfCode(*c));
        QCOMPARE(model.indexOfCode(*b).parent(), model.indexOfCode(*c));
        QVERIFY(
            !model.canDropMimeData(drag(*c).get(), Qt::MoveAction, -1, 0, model.indexOfCode(*b)));
        QCOMPARE(session.undoStack()->count(), 6);
        session.undoStack()->undo();
        QCOMPARE(topOrder(), (QList<qint64>{*c, *b, *a}));
        // Foreign data is refused.
        QMimeData text;
        text.setText(u"A"_s);
        QVERIFY(!model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    }
};

QTEST_MAIN(tst_CodebookModel)
#include "tst_codebookmodel.moc"
