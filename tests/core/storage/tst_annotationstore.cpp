#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString kBody = u"“We will never 😀 leave,” Putin said in Kiev."_s;

qint64 addArticle(test::TestLibrary &lib)
{
    Article a;
    a.title = u"T"_s;
    a.body = kBody;
    return ArticleStore(lib.db()).insert(a)->id;
}

Annotation span(qint64 articleId, const QString &exact, AnnotationKind kind)
{
    Annotation a;
    a.articleId = articleId;
    a.start = kBody.indexOf(exact);
    a.end = a.start + exact.size();
    a.exact = exact;
    a.kind = kind;
    return a;
}

} // namespace

class tst_AnnotationStore : public QObject
{
    Q_OBJECT
private slots:
    void shouldRoundTripEveryField()
    {
        test::TestLibrary lib;
        const qint64 article = addArticle(lib);
        Person putin;
        putin.name = u"Vladimir Putin"_s;
        const qint64 personId = *PersonStore(lib.db()).create(putin);
        AnnotationStore store(lib.db());
        Annotation mention = span(article, u"Putin"_s, AnnotationKind::SpeakerMention);
        mention.personId = personId;
        const qint64 mentionId = *store.insert(mention);

        Annotation quote = span(article, u"We will never 😀 leave,"_s, AnnotationKind::Quote);
        quote.prefix = u"“"_s;
        quote.suffix = u"” Putin"_s;
        quote.personId = personId;
        quote.speakerMentionId = mentionId;
        quote.origin = AnnotationOrigin::Auto;
        quote.status = AnnotationStatus::Accepted;
        quote.quoteClass = QuoteClass::Statement;
        quote.truncated = true;
        quote.confidence = 0.87;
        quote.ruleId = u"en.trailing-said"_s;
        quote.analyserVersion = 3;
        const qint64 id = *store.insert(quote);

        const Annotation read = *store.get(id);
        QCOMPARE(read.articleId, article);
        QCOMPARE(read.start, quote.start);
        QCOMPARE(read.end, quote.end);
        QCOMPARE(read.exact, quote.exact);
        QCOMPARE(read.prefix, quote.prefix);
        QCOMPARE(read.suffix, quote.suffix);
        QCOMPARE(read.kind, AnnotationKind::Quote);
        QCOMPARE(read.personId, std::optional<qint64>(personId));
        QCOMPARE(read.speakerMentionId, std::optional<qint64>(mentionId));
        QCOMPARE(read.origin, AnnotationOrigin::Auto);
        QCOMPARE(read.status, AnnotationStatus::Accepted);
        QCOMPARE(read.quoteClass, std::optional<QuoteClass>(QuoteClass::Statement));
        QVERIFY(read.truncated);
        QVERIFY(!read.metonym);
        QCOMPARE(read.confidence, std::optional<double>(0.87));
        QCOMPARE(read.ruleId, quote.ruleId);
        QCOMPARE(read.analyserVersion, std::optional<int>(3));
        QVERIFY(read.createdAt.isValid());
        QCOMPARE(kBody.mid(read.start, read.end - read.start), read.exact);
    }

    void shouldValidateSpans_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("exact");
        QTest::newRow("reversed") << 5 << 2 << u"abc"_s;
        QTest::newRow("empty") << 4 << 4 << QString();
        QTest::newRow("negative") << -1 << 2 << u"abc"_s;
        QTest::newRow("text does not fit") << 0 << 5 << u"abc"_s;
    }
    void shouldValidateSpans()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, exact);
        test::TestLibrary lib;
        Annotation a = span(addArticle(lib), u"Kiev"_s, AnnotationKind::PlaceMention);
        a.start = start;
        a.end = end;
        a.exact = exact;
        QCOMPARE(AnnotationStore(lib.db()).insert(a).error().code, ErrorCode::InvalidInput);
    }

    void shouldEnforceKindConstraints()
    {
        test::TestLibrary lib;
        const qint64 article = addArticle(lib);
        AnnotationStore store(lib.db());
        Annotation coding = span(article, u"Kiev"_s, AnnotationKind::Code);
        QCOMPARE(store.insert(coding).error().code, ErrorCode::Constraint); // a coding needs a code
        Annotation place = span(article, u"Kiev"_s, AnnotationKind::PlaceMention);
        place.codeId = 1;
        QCOMPARE(store.insert(place).error().code,
                 ErrorCode::Constraint); // and only a coding has one
        Annotation orphan = span(article, u"Kiev"_s, AnnotationKind::PlaceMention);
        orphan.articleId = 4242;
        QCOMPARE(store.insert(orphan).error().code, ErrorCode::Constraint);
    }

    void shouldListByArticleHidingRejectedOnRequest()
    {
        test::TestLibrary lib;
        const qint64 article = addArticle(lib);
        AnnotationStore store(lib.db());
        const qint64 place = *store.insert(span(article, u"Kiev"_s, AnnotationKind::PlaceMention));
        const qint64 mention =
            *store.insert(span(article, u"Putin"_s, AnnotationKind::SpeakerMention));
        QVERIFY(store.setStatus(place, AnnotationStatus::Rejected));
        QCOMPARE(store.forArticle(article)->size(), 2);
        const auto visible = *store.forArticle(article, false);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible[0].id, mention);
        QCOMPARE(store.get(place)->status, AnnotationStatus::Rejected);
        QCOMPARE(store.setStatus(9999, AnnotationStatus::Accepted).error().code,
                 ErrorCode::NotFound);
    }

    void shouldUpdateAndReinsertWithSameId()
    {
        test::TestLibrary lib;
        const qint64 article = addArticle(lib);
        Place kyiv;
        kyiv.name = u"Kyiv"_s;
        kyiv.kind = PlaceKind::City;
        const qint64 placeId = *PlaceStore(lib.db()).create(kyiv);
        AnnotationStore store(lib.db());
        Annotation a = span(article, u"Kiev"_s, AnnotationKind::PlaceMention);
        a.id = *store.insert(a);
        a.placeId = placeId;
        a.metonym = true;
        QVERIFY(store.update(a));
        QCOMPARE(store.get(a.id)->placeId, std::optional<qint64>(placeId));
        QVERIFY(store.get(a.id)->metonym);

        const Annotation before = *store.get(a.id);
        QVERIFY(store.remove(a.id));
        QCOMPARE(store.get(a.id).error().code, ErrorCode::NotFound);
        QCOMPARE(*store.insert(before), before.id);
        QCOMPARE(store.get(a.id)->createdAt, before.createdAt);

        // Deleting the place leaves the mention, unlinked.
        QVERIFY(PlaceStore(lib.db()).remove(placeId));
        QVERIFY(!store.get(a.id)->placeId.has_value());
    }
};

QTEST_GUILESS_MAIN(tst_AnnotationStore)
#include "tst_annotationstore.moc"
