#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/changenotifier.h"
#include "storage/transaction.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article makeArticle(const QString &title, const QString &body)
{
    Article a;
    a.title = title;
    a.body = body;
    a.outletName = u"Reuters"_s;
    a.author = u"Jane Doe"_s;
    a.url = u"https://www.reuters.com/world/a"_s;
    a.published = u"2024-06-14"_s;
    a.language = u"en"_s;
    a.sourcePath = u"/tmp/a.txt"_s;
    return a;
}

} // namespace

class tst_ArticleStore : public QObject
{
    Q_OBJECT
private slots:
    void shouldRoundTripEveryField()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        const QString body = u"Киев 🇺🇦 said “no”.\nSecond paragraph 😀."_s;
        auto inserted = store.insert(makeArticle(u"Title"_s, body));
        QVERIFY(inserted);
        QVERIFY(!inserted->duplicate);
        auto read = store.get(inserted->id);
        QVERIFY(read);
        QCOMPARE(read->title, u"Title"_s);
        QCOMPARE(read->body, body);
        QCOMPARE(read->outletName, u"Reuters"_s);
        QVERIFY(read->outletId.has_value());
        QCOMPARE(read->author, u"Jane Doe"_s);
        QCOMPARE(read->url, u"https://www.reuters.com/world/a"_s);
        QCOMPARE(read->published, u"2024-06-14"_s);
        QCOMPARE(read->language, u"en"_s);
        QCOMPARE(read->sourcePath, u"/tmp/a.txt"_s);
        QCOMPARE(read->contentHash, ArticleStore::hashBody(body));
        QVERIFY(read->importedAt.isValid());
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets WHERE domain = 'www.reuters.com'"_s), 1);
    }

    void shouldReportDuplicateBodyWithoutStoringIt()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        auto first = store.insert(makeArticle(u"One"_s, u"Same text"_s));
        auto second = store.insert(makeArticle(u"Other title"_s, u"Same text"_s));
        QVERIFY(first && second);
        QVERIFY(second->duplicate);
        QCOMPARE(second->id, first->id);
        QCOMPARE(*store.count(), 1);
    }

    void shouldShareOutletsCaseInsensitively()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        Article a = makeArticle(u"A"_s, u"a"_s);
        Article b = makeArticle(u"B"_s, u"b"_s);
        b.outletName = u"REUTERS"_s;
        QVERIFY(store.insert(a) && store.insert(b));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets"_s), 1);
    }

    void shouldListSummariesWithAnnotationCounts()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        const qint64 id = store.insert(makeArticle(u"A"_s, u"Kyiv said \"yes\"."_s))->id;
        QVERIFY(store.insert(makeArticle(u"B"_s, u"other"_s)));
        AnnotationStore annotations(lib.db());
        Annotation place;
        place.articleId = id;
        place.start = 0;
        place.end = 4;
        place.exact = u"Kyiv"_s;
        place.kind = AnnotationKind::PlaceMention;
        auto r = annotations.insert(place);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        Annotation quote = place;
        quote.start = 11;
        quote.end = 14;
        quote.exact = u"yes"_s;
        quote.kind = AnnotationKind::Quote;
        QVERIFY(annotations.insert(quote));
        Annotation rejected = quote;
        rejected.status = AnnotationStatus::Rejected;
        QVERIFY(annotations.insert(rejected));

        auto rows = store.list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).id, id);
        QCOMPARE(rows->at(0).quoteCount, 1);
        QCOMPARE(rows->at(0).placeCount, 1);
        QCOMPARE(rows->at(1).quoteCount, 0);
        QCOMPARE(store.summary(id)->quoteCount, 1);
        QCOMPARE(store.summary(9999).error().code, ErrorCode::NotFound);
    }

    void shouldUpdateMetadataAndNotify()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        const qint64 id = store.insert(makeArticle(u"Old"_s, u"text"_s))->id;
        QSignalSpy updated(lib.db().notifier(), &ChangeNotifier::changed);
        ArticleMetadataPatch patch;
        patch.title = u"New title"_s;
        patch.outletName = u"AFP"_s;
        patch.author = QString();
        QVERIFY(store.updateMetadata(id, patch));
        const Article a = *store.get(id);
        QCOMPARE(a.title, u"New title"_s);
        QCOMPARE(a.outletName, u"AFP"_s);
        QVERIFY(a.author.isEmpty());
        QCOMPARE(a.url, u"https://www.reuters.com/world/a"_s); // untouched fields stay
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<ChangeSet>().articlesUpdated, QList<qint64>{id});
        QCOMPARE(store.search(u"title"_s, 5)->size(), 1); // the index follows the new title

        ArticleMetadataPatch empty;
        empty.title = u"  "_s;
        QCOMPARE(store.updateMetadata(id, empty).error().code, ErrorCode::InvalidInput);
        QCOMPARE(store.updateMetadata(777, patch).error().code, ErrorCode::NotFound);
    }

    void shouldRemoveWithAnnotationsAndIndex()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        const qint64 id = store.insert(makeArticle(u"Gone"_s, u"Zaporizhzhia text"_s))->id;
        Annotation a;
        a.articleId = id;
        a.end = 12;
        a.exact = u"Zaporizhzhia"_s;
        a.kind = AnnotationKind::PlaceMention;
        QVERIFY(AnnotationStore(lib.db()).insert(a));
        QVERIFY(store.remove(id));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM annotations"_s), 0);
        QCOMPARE(store.search(u"Zaporizhzhia"_s, 5)->size(), 0);
        QCOMPARE(store.remove(id).error().code, ErrorCode::NotFound);
    }

    void shouldSearchWithRankingAndSnippets()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        QVERIFY(store.insert(makeArticle(u"Weather"_s, u"Rain over Kyiv today. Nothing else."_s)));
        const qint64 titled =
            store.insert(makeArticle(u"Kyiv rejects terms"_s, u"Kyiv said no to the terms."_s))->id;
        QVERIFY(store.insert(makeArticle(u"Россия"_s, u"Президент заявил в Киеве."_s)));
        QVERIFY(store.insert(makeArticle(u"Café"_s, u"Un café à Genève."_s)));

        auto hits = store.search(u"Kyiv"_s, 10, SnippetMarkers{u"["_s, u"]"_s, u"…"_s});
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).articleId, titled); // the title weighs more
        QVERIFY(hits->at(0).snippet.contains(u"[Kyiv]"_s));
        QVERIFY(hits->at(0).score <= hits->at(1).score);

        QCOMPARE(store.search(u"киеве"_s, 10)->size(), 1);  // Cyrillic, case folded
        QCOMPARE(store.search(u"geneve"_s, 10)->size(), 1); // diacritics removed
        QCOMPARE(store.search(u"\"said no\""_s, 10)->size(), 1);
        QCOMPARE(store.search(u"Kyi*"_s, 10)->size(), 2);
        QCOMPARE(store.search(u"Kyiv -rain"_s, 10)->size(), 1);
        QCOMPARE(store.search(u"Kyiv"_s, 1)->size(), 1);
        QVERIFY(store.search(u"\"unbalanced ( AND"_s, 10)); // never a syntax error
        QCOMPARE(store.search(u"   "_s, 10)->size(), 0);
    }

    void shouldRankBroadQueriesAmongTheMostRecentMatches()
    {
        test::TestLibrary lib;
        ArticleStore store(lib.db());
        Transaction transaction(lib.db().connectionName());
        // The oldest article is the best match by far, then 2,000 weaker ones follow it.
        const qint64 oldest =
            store.insert(makeArticle(u"Kyiv Kyiv Kyiv"_s, u"Kyiv Kyiv Kyiv Kyiv"_s))->id;
        qint64 newest = 0;
        for (int i = 0; i < 2000; ++i)
            newest = store
                         .insert(makeArticle(u"Report %1"_s.arg(i),
                                             u"Long report %1 that mentions Kyiv once among many "
                                             u"other words about the war and the talks."_s.arg(i)))
                         ->id;
        QVERIFY(transaction.commit());
        const auto broad = store.search(u"Kyiv"_s, 5);
        QCOMPARE(broad->size(), 5);
        for (const SearchHit &hit : *broad)
            QVERIFY(hit.articleId > oldest && hit.articleId <= newest);

        // With 2,000 matches or fewer every match is ranked, so the strongest one wins again.
        QVERIFY(store.remove(newest));
        QCOMPARE(store.search(u"Kyiv"_s, 1)->constFirst().articleId, oldest);
    }

    void shouldRefuseArticleWithoutText()
    {
        test::TestLibrary lib;
        QCOMPARE(ArticleStore(lib.db()).insert(Article{}).error().code, ErrorCode::Empty);
    }
};

QTEST_GUILESS_MAIN(tst_ArticleStore)
#include "tst_articlestore.moc"
