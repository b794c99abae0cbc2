// The claims models under the model tester: claims with appearances, and the matrix.
#include "editing/editsession.h"
#include "models/claimsmodel.h"
#include "storage/annotationstore.h"
#include "testlibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_ClaimsModel final : public QObject
{
    Q_OBJECT
private slots:
    void shouldListClaimsWithTheirAppearances()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        EditSession session(library.db());
        QList<qint64> quotes;
        for (const qint64 article : {ids.at(0), ids.at(2)})
            for (const Annotation &a : *AnnotationStore(library.db()).forArticle(article))
                if (a.kind == AnnotationKind::Quote) {
                    quotes.append(a.id);
                    break;
                }
        const auto claim = session.createClaimFromQuotation(quotes.at(0));
        QVERIFY(claim &&
                session.addAppearance(*claim, quotes.at(1), AppearanceType::Misattributed));
        QVERIFY(session.createClaim(u"Empty claim"_s, std::nullopt));

        ClaimsModel claims;
        QAbstractItemModelTester tester(&claims,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClaimMatrixModel matrix;
        QAbstractItemModelTester matrixTester(
            &matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ClaimsData data = ClaimsData::load(library.db());
        claims.setClaims(data);
        matrix.setClaims(data);
        QCOMPARE(claims.rowCount(), 2);
        QCOMPARE(claims.rowCount(claims.index(0, 0)), 2);
        QCOMPARE(claims.rowCount(claims.index(1, 0)), 0);
        const QModelIndex second = claims.index(1, ClaimsModel::TypeColumn, claims.index(0, 0));
        QCOMPARE(second.data().toString(), u"misattributed"_s);
        QCOMPARE(second.parent().row(), 0);
        QCOMPARE(matrix.rowCount(), 2);
        QCOMPARE(matrix.columnCount(), 1); // the seeds have no outlet
        QVERIFY(matrix.index(0, 0).data().toString().contains(u"verbatim"_s));
        QVERIFY(matrix.index(0, 0).data().toString().contains(u"misattributed"_s));
    }
};

QTEST_MAIN(tst_ClaimsModel)
#include "tst_claimsmodel.moc"
