#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/personstore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

qint64 addQuote(test::TestLibrary &lib, const QString &body)
{
    Article article;
    article.title = u"T"_s;
    article.body = body;
    Annotation quote;
    quote.articleId = ArticleStore(lib.db()).insert(article)->id;
    quote.end = body.size();
    quote.exact = body;
    quote.kind = AnnotationKind::Quote;
    return *AnnotationStore(lib.db()).insert(quote);
}

} // namespace

class tst_ClaimStore : public QObject
{
    Q_OBJECT
private slots:
    void shouldRoundTripClaimsAndAppearances()
    {
        test::TestLibrary lib;
        Person putin;
        putin.name = u"Vladimir Putin"_s;
        const qint64 personId = *PersonStore(lib.db()).create(putin);
        ClaimStore store(lib.db());
        Claim claim;
        claim.statement = u"Russia will cease fire if Ukraine withdraws from the four regions"_s;
        claim.personId = personId;
        claim.claimDate = u"2024-06-14"_s;
        claim.id = *store.create(claim);
        const Claim read = *store.get(claim.id);
        QCOMPARE(read.statement, claim.statement);
        QCOMPARE(read.personId, claim.personId);
        QCOMPARE(read.claimDate, claim.claimDate);

        const qint64 a = addQuote(lib, u"we will stop combat operations"_s);
        const qint64 b = addQuote(lib, u"the hostilities will cease"_s);
        const qint64 first = *store.addAppearance({0, claim.id, a, AppearanceType::Verbatim});
        QVERIFY(store.addAppearance({0, claim.id, b, AppearanceType::Translation}));
        QCOMPARE(store.addAppearance({0, claim.id, a, AppearanceType::Partial}).error().code,
                 ErrorCode::Constraint); // one passage appears once per claim
        QVERIFY(store.setAppearanceType(first, AppearanceType::Paraphrase));
        const auto appearances = *store.appearances(claim.id);
        QCOMPARE(appearances.size(), 2);
        QCOMPARE(appearances[0].type, AppearanceType::Paraphrase);
        QCOMPARE(appearances[1].type, AppearanceType::Translation);
        QCOMPARE(appearances[1].annotationId, b);

        // Removing a passage removes its appearances; removing the claim removes the rest.
        QVERIFY(AnnotationStore(lib.db()).remove(b));
        QCOMPARE(store.appearances(claim.id)->size(), 1);
        QVERIFY(store.remove(claim.id));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM claim_appearances"_s), 0);
    }

    void shouldRestoreAppearanceWithSameId()
    {
        test::TestLibrary lib;
        ClaimStore store(lib.db());
        Claim claim;
        claim.statement = u"A statement"_s;
        claim.id = *store.create(claim);
        ClaimAppearance appearance{0, claim.id, addQuote(lib, u"words"_s),
                                   AppearanceType::Verbatim};
        appearance.id = *store.addAppearance(appearance);
        QVERIFY(store.removeAppearance(appearance.id));
        QCOMPARE(*store.addAppearance(appearance), appearance.id);
        QCOMPARE(store.removeAppearance(4711).error().code, ErrorCode::NotFound);
    }

    void shouldRefuseEmptyStatement()
    {
        test::TestLibrary lib;
        Claim claim;
        claim.statement = u"  "_s;
        QCOMPARE(ClaimStore(lib.db()).create(claim).error().code, ErrorCode::Constraint);
    }
};

QTEST_GUILESS_MAIN(tst_ClaimStore)
#include "tst_claimstore.moc"
