#include "localhttpserver.h"
#include "web/webfetcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using test::HttpResponse;
using test::LocalHttpServer;

class tst_WebFetcher : public QObject
{
    Q_OBJECT
private slots:
    void shouldFetchAPageWithOurUserAgent()
    {
        LocalHttpServer server;
        server.serve(u"/story"_s, {200, "text/html; charset=utf-8", "<p>Story</p>", {}, 0, true});
        const Result<FetchedPage> page = fetchUrl(server.url(u"/story"_s), FetchKind::Page);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(page->body, QByteArray("<p>Story</p>"));
        QCOMPARE(page->contentType, u"text/html"_s);
        QVERIFY(page->fetchedAt.isValid());
        QVERIFY(server.lastUserAgent().startsWith("Parallax/"));
    }

    void shouldFollowRedirectsWithinLimits()
    {
        LocalHttpServer server;
        server.serve(u"/final"_s, {200, "text/html", "<p>Final</p>", {}, 0, true});
        server.serve(u"/moved"_s,
                     {301, "text/html", {}, server.url(u"/final"_s).toEncoded(), 0, true});
        const Result<FetchedPage> page = fetchUrl(server.url(u"/moved"_s), FetchKind::Page);
        QVERIFY2(page, page ? "" : qPrintable(page.error().message));
        QCOMPARE(page->url, server.url(u"/final"_s));

        server.serve(u"/loop"_s,
                     {302, "text/html", {}, server.url(u"/loop"_s).toEncoded(), 0, true});
        const Result<FetchedPage> looping = fetchUrl(server.url(u"/loop"_s), FetchKind::Page);
        QVERIFY(!looping);
        QVERIFY2(looping.error().message.contains(u"redirects"_s),
                 qPrintable(looping.error().message));
    }

    void shouldRefuseARedirectAwayFromTheWeb()
    {
        LocalHttpServer server;
        server.serve(u"/file"_s, {302, "text/html", {}, "file:///etc/passwd", 0, true});
        const Result<FetchedPage> page = fetchUrl(server.url(u"/file"_s), FetchKind::Page);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(u"not http or https"_s),
                 qPrintable(page.error().message));
    }

    void shouldRefuseWhatIsNotAWebAddress_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << u"file:///etc/hosts"_s;
        QTest::newRow("ftp") << u"ftp://example.org/a.html"_s;
        QTest::newRow("no host") << u"http://"_s;
        QTest::newRow("words") << u"not a url"_s;
    }

    void shouldRefuseWhatIsNotAWebAddress()
    {
        QFETCH(QString, url);
        const Result<FetchedPage> page = fetchUrl(QUrl(url), FetchKind::Page);
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::InvalidInput);
    }

    void shouldReportServerErrors()
    {
        LocalHttpServer server;
        const Result<FetchedPage> missing = fetchUrl(server.url(u"/nothing"_s), FetchKind::Page);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"404"_s), qPrintable(missing.error().message));
    }

    void shouldRefuseHugeBodies()
    {
        LocalHttpServer server;
        const QByteArray big(300 * 1024, 'x');
        server.serve(u"/declared"_s, {200, "text/html", big, {}, 0, true});
        server.serve(u"/undeclared"_s, {200, "text/html", big, {}, 0, false});
        FetchOptions options;
        options.maxBytes = 100 * 1024;
        for (const QString &path : {u"/declared"_s, u"/undeclared"_s}) {
            const Result<FetchedPage> page = fetchUrl(server.url(path), FetchKind::Page, options);
            QVERIFY2(!page, qPrintable(path));
            QCOMPARE(page.error().code, ErrorCode::TooLarge);
        }
    }

    void shouldRefuseContentThatIsNotAPage()
    {
        LocalHttpServer server;
        server.serve(u"/picture"_s, {200, "image/png", "\x89PNG", {}, 0, true});
        const Result<FetchedPage> page = fetchUrl(server.url(u"/picture"_s), FetchKind::Page);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(u"image/png"_s), qPrintable(page.error().message));
        server.serve(u"/feed"_s, {200, "application/rss+xml", "<rss/>", {}, 0, true});
        QVERIFY(fetchUrl(server.url(u"/feed"_s), FetchKind::Feed));
    }

    void shouldGiveUpOnASlowServer()
    {
        LocalHttpServer server;
        server.serve(u"/slow"_s, {200, "text/html", "<p>late</p>", {}, 3000, true});
        FetchOptions options;
        options.timeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const Result<FetchedPage> page = fetchUrl(server.url(u"/slow"_s), FetchKind::Page, options);
        QVERIFY(!page);
        QVERIFY2(page.error().message.contains(u"did not answer"_s),
                 qPrintable(page.error().message));
        QVERIFY(timer.elapsed() < 2500);
    }

    void shouldStopWhenCancelled()
    {
        LocalHttpServer server;
        server.serve(u"/slow"_s, {200, "text/html", "<p>late</p>", {}, 3000, true});
        std::atomic_bool cancel{true};
        const Result<FetchedPage> page =
            fetchUrl(server.url(u"/slow"_s), FetchKind::Page, {}, &cancel);
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_WebFetcher)
#include "tst_webfetcher.moc"
