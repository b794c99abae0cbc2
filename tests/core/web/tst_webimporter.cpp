#include "localhttpserver.h"
#include "storage/articlesourcestore.h"
#include "storage/articlestore.h"
#include "storage/feedstore.h"
#include "testlibrary.h"
#include "web/webimporter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using test::HttpResponse;
using test::LocalHttpServer;

namespace {

QByteArray page(const QString &title, const QString &canonical, const QString &text)
{
    return (u"<html><head><title>%1 | Example Wire</title><link rel=canonical href=\"%2\">"
            u"<meta property=\"og:site_name\" content=\"Example Wire\"></head><body><nav><a "
            u"href=/>Home</a></nav>"
            u"<article><h1>%1</h1><p>%3</p><p>The talks, officials said, would resume in Geneva "
            u"next week, "
            u"and both delegations had agreed, after long calls, to bring their advisers.</p></article></body></html>"_s)
        .arg(title, canonical, text)
        .toUtf8();
}

QByteArray rss(const QUrl &first, const QUrl &second)
{
    return (u"<rss version=\"2.0\"><channel><title>Example Wire: World</title>"
            u"<item><title>One</title><link>%1</link><guid>one</guid><pubDate>Fri, 14 Jun 2024 "
            u"18:03:00 GMT</pubDate></item>"
            u"<item><title>Two</title><link>%2</link><guid>two</guid></item></channel></rss>"_s)
        .arg(first.toString(), second.toString())
        .toUtf8();
}

} // namespace

class tst_WebImporter : public QObject
{
    Q_OBJECT
private slots:
    void shouldImportAPageAndKeepItsSource()
    {
        test::TestLibrary lib;
        LocalHttpServer server;
        const QByteArray html = page(
            u"Talks resume"_s, u"https://wire.example/talks"_s,
            u"“We are ready,” the envoy said on Friday in Geneva, where the talks will resume."_s);
        server.serve(u"/talks?utm=feed"_s, {200, "text/html; charset=utf-8", html, {}, 0, true});
        const ImportReport report =
            WebImporter(lib.db()).importUrls({server.url(u"/talks?utm=feed"_s).toString()});
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].outcome, ImportOutcome::Imported);
        const Article article = *ArticleStore(lib.db()).get(report.files[0].articleId);
        QCOMPARE(article.title, u"Talks resume"_s);
        QCOMPARE(article.outletName, u"Example Wire"_s);
        QCOMPARE(article.url, u"https://wire.example/talks"_s);
        QVERIFY(article.body.startsWith(u"“We are ready,”"_s));
        QVERIFY(!article.body.contains(u"Home"_s));
        const auto source = ArticleSourceStore(lib.db()).get(article.id);
        QVERIFY(source && *source);
        QCOMPARE((*source)->original, html);
        QCOMPARE((*source)->contentType, u"text/html"_s);
        QVERIFY((*source)->fetchedAt.isValid());
        QVERIFY(
            lib.scalar(
                u"SELECT count(*) FROM annotations WHERE article_id = %1 AND kind = 'quote'"_s.arg(
                    article.id)) > 0);

        // The same article under its canonical URL, with different furniture, is a duplicate.
        server.serve(u"/talks-amp"_s,
                     {200,
                      "text/html",
                      page(u"Talks resume"_s, u"https://wire.example/talks"_s, u"Other words."_s),
                      {},
                      0,
                      true});
        const ImportReport again =
            WebImporter(lib.db()).importUrls({server.url(u"/talks-amp"_s).toString()});
        QCOMPARE(again.files[0].outcome, ImportOutcome::Duplicate);
        QCOMPARE(again.files[0].articleId, article.id);
    }

    void shouldReportEachFailingPageAndImportTheRest()
    {
        test::TestLibrary lib;
        LocalHttpServer server;
        server.serve(u"/good"_s, {200,
                                  "text/html",
                                  page(u"Good"_s, u"https://wire.example/good"_s, u"Good text."_s),
                                  {},
                                  0,
                                  true});
        server.serve(u"/image"_s, {200, "image/jpeg", "\xFF\xD8", {}, 0, true});
        const ImportReport report = WebImporter(lib.db()).importUrls(
            {server.url(u"/missing"_s).toString(), server.url(u"/good"_s).toString(),
             server.url(u"/image"_s).toString(), u"ftp://wire.example/x"_s});
        QCOMPARE(report.files.size(), 4);
        QCOMPARE(report.count(ImportOutcome::Imported), 1);
        QCOMPARE(report.count(ImportOutcome::Failed), 3);
        for (const FileImportResult &file : report.files)
            if (file.outcome == ImportOutcome::Failed)
                QVERIFY2(!file.reason.isEmpty(), qPrintable(file.path));
        QCOMPARE(*ArticleStore(lib.db()).count(), 1);
    }

    void shouldRefreshFeedsAndFileItemsUnderTheFeedsOutlet()
    {
        test::TestLibrary lib;
        LocalHttpServer server;
        server.serve(u"/a"_s,
                     {200,
                      "text/html",
                      page(u"First story"_s, u"https://wire.example/a"_s, u"First text."_s),
                      {},
                      0,
                      true});
        server.serve(u"/b"_s,
                     {200,
                      "text/html",
                      page(u"Second story"_s, u"https://wire.example/b"_s, u"Second text."_s),
                      {},
                      0,
                      true});
        server.serve(u"/feed"_s, {200,
                                  "application/rss+xml",
                                  rss(server.url(u"/a"_s), server.url(u"/b"_s)),
                                  {},
                                  0,
                                  true});
        server.serve(u"/broken-feed"_s, {500, "text/plain", "oops", {}, 0, true});
        FeedStore feeds(lib.db());
        const qint64 feed =
            *feeds.add(server.url(u"/feed"_s).toString(), QString(), u"Wire (feed)"_s);
        const qint64 broken =
            *feeds.add(server.url(u"/broken-feed"_s).toString(), u"Broken"_s, QString());
        QCOMPARE(feeds.add(server.url(u"/feed"_s).toString(), QString(), QString()).error().code,
                 ErrorCode::Duplicate);

        const QList<FeedRefreshResult> first = WebImporter(lib.db()).refreshFeeds({});
        QCOMPARE(first.size(), 2);
        for (const FeedRefreshResult &result : first) {
            if (result.feedId == broken) {
                QVERIFY2(result.error.contains(u"500"_s), qPrintable(result.error));
            } else {
                QCOMPARE(result.feedId, feed);
                QCOMPARE(result.newItems, 2);
                QCOMPARE(result.report.count(ImportOutcome::Imported), 2);
            }
        }
        const QList<ArticleSummary> articles = *ArticleStore(lib.db()).list();
        QCOMPARE(articles.size(), 2);
        for (const ArticleSummary &article : articles)
            QCOMPARE(article.outletName, u"Wire (feed)"_s);
        const Feed stored = *feeds.get(feed);
        QCOMPARE(stored.title, u"Example Wire: World"_s);
        QCOMPARE(stored.articleCount, 2);
        QVERIFY(stored.refreshedAt.isValid());
        QVERIFY(!feeds.get(broken)->lastError.isEmpty());

        // A second refresh fetches only what is new: nothing.
        const int pageRequests = server.requestCount(u"/a"_s);
        const QList<FeedRefreshResult> second = WebImporter(lib.db()).refreshFeeds({feed});
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].newItems, 0);
        QCOMPARE(server.requestCount(u"/a"_s), pageRequests);
    }
};

QTEST_GUILESS_MAIN(tst_WebImporter)
#include "tst_webimporter.moc"
