// Claims in the window: a claim from a quotation, a passage from a second article added with
// the suggestion the alignment makes, and the claims × outlets matrix.
#include "claims/claimchooser.h"
#include "claims/claimspanel.h"
#include "editing/editsession.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "models/claimsmodel.h"
#include "session/libraryhost.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Claims final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 quoteStarting(const Database &db, qint64 articleId, const QString &start)
    {
        for (const Annotation &a : *AnnotationStore(db).forArticle(articleId))
            if (a.kind == AnnotationKind::Quote && a.exact.startsWith(start))
                return a.id;
        return 0;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldBuildTheClaimsMatrix()
    {
        auto library = Database::open(m_dir.filePath(u"claims.sqlite"_s));
        QVERIFY(library);
        const QList<qint64> ids = test::importSeeds(**library);
        for (const auto &[id, outlet] :
             {std::pair{ids.at(1), u"Antiwar.com"_s}, std::pair{ids.at(4), u"RT"_s}}) {
            ArticleMetadataPatch patch;
            patch.outletName = outlet;
            QVERIFY(ArticleStore(**library).updateMetadata(id, patch));
        }
        LibraryHost host;
        MainWindow window(host);
        host.setLibrary(std::move(library).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Database &db = *window.library();
        EditSession *session = window.editing()->session();

        const qint64 original = quoteStarting(db, ids.at(1), u"If Ukrainian forces leave"_s);
        const qint64 retold = quoteStarting(db, ids.at(4), u"We’re still receiving calls"_s);
        QVERIFY(original && retold);
        const auto claim = session->createClaimFromQuotation(original);
        QVERIFY(claim);
        QVERIFY(session->createClaim(u"An unrelated claim about elections"_s, std::nullopt));

        // The chooser offers the matching claim first for the second article's wording.
        const ClaimsData data = ClaimsData::load(db);
        ClaimChooser chooser(data, AnnotationStore(db).get(retold)->exact, std::nullopt);
        QCOMPARE(chooser.offered().constFirst(), *claim);
        QCOMPARE(chooser.chosenClaim(), *claim);
        QVERIFY(session->addAppearance(chooser.chosenClaim(), retold, AppearanceType::Paraphrase));

        auto *matrix = window.findChild<QTableView *>(u"claimMatrix"_s);
        QVERIFY(matrix);
        QAbstractItemModel *model = matrix->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), 2);
        int claimRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ClaimMatrixModel::ClaimIdRole).toLongLong() == *claim)
                claimRow = row;
        QVERIFY(claimRow >= 0);
        QMap<QString, QString> cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.insert(model->headerData(column, Qt::Horizontal).toString(),
                         model->index(claimRow, column).data().toString());
        QCOMPARE(cells.value(u"Antiwar.com"_s), u"verbatim"_s);
        QCOMPARE(cells.value(u"RT"_s), u"paraphrase"_s);
        QCOMPARE(model->index(1 - claimRow, 0).data().toString(), QString());

        // The claims list shows both appearances under the claim; undo takes the second away.
        auto *tree = window.findChild<QTreeView *>(u"claimsTree"_s);
        const QModelIndex claimIndex = tree->model()->index(claimRow, 0);
        QCOMPARE(tree->model()->rowCount(claimIndex), 2);
        session->undoStack()->undo();
        QCOMPARE(model->index(claimRow, 0).data().toString() +
                     model->index(claimRow, 1).data().toString(),
                 u"verbatim"_s);
    }
};

QTEST_MAIN(tst_Claims)
#include "tst_claims.moc"
