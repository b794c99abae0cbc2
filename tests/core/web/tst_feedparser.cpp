#include "web/feedparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_FeedParser : public QObject
{
    Q_OBJECT
private slots:
    void shouldReadRss()
    {
        const QByteArray rss =
            "<?xml version=\"1.0\"?>\n"
            "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>\n"
            "<title>Example Wire</title><link>https://wire.example/</link>\n"
            "<item><title>Talks "
            "resume</title><link>https://wire.example/a</link><guid>wire-a</guid>\n"
            "<pubDate>Fri, 14 Jun 2024 18:03:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>\n"
            "<description>&lt;p&gt;Short.&lt;/p&gt;</description></item>\n"
            "<item><title>No guid</title><link>/b</link></item>\n"
            "</channel></rss>";
        const Result<ParsedFeed> feed = parseFeed(rss, QUrl(u"https://wire.example/feed.xml"_s));
        QVERIFY2(feed, feed ? "" : qPrintable(feed.error().message));
        QCOMPARE(feed->title, u"Example Wire"_s);
        QCOMPARE(feed->siteUrl, u"https://wire.example/"_s);
        QCOMPARE(feed->items.size(), 2);
        QCOMPARE(feed->items[0].guid, u"wire-a"_s);
        QCOMPARE(feed->items[0].url, u"https://wire.example/a"_s);
        QCOMPARE(feed->items[0].published, u"2024-06-14T18:03:00Z"_s);
        QCOMPARE(feed->items[0].author, u"Jane Doe"_s);
        QCOMPARE(feed->items[0].summary, u"<p>Short.</p>"_s);
        QCOMPARE(feed->items[1].url, u"https://wire.example/b"_s);
        QCOMPARE(feed->items[1].guid, u"https://wire.example/b"_s); // the link stands in for a guid
        QVERIFY(feed->warning.isEmpty());
    }

    void shouldReadAtom()
    {
        const QByteArray atom =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Київ сьогодні</title>\n"
            "<link rel=\"self\" href=\"https://kyiv.example/atom\"/><link "
            "href=\"https://kyiv.example/\"/>\n"
            "<entry><title type=\"html\">Переговори</title><id>tag:kyiv.example,2024:1</id>\n"
            "<link rel=\"alternate\" href=\"https://kyiv.example/1\"/><link rel=\"enclosure\" "
            "href=\"https://kyiv.example/1.mp3\"/>\n"
            "<published>2024-06-14T09:00:00+03:00</published><author><name>Олена "
            "Петренко</name></author>\n"
            "<summary>Коротко.</summary></entry></feed>";
        const Result<ParsedFeed> feed = parseFeed(atom);
        QVERIFY(feed);
        QCOMPARE(feed->title, u"Київ сьогодні"_s);
        QCOMPARE(feed->siteUrl, u"https://kyiv.example/"_s);
        QCOMPARE(feed->items.size(), 1);
        QCOMPARE(feed->items[0].url, u"https://kyiv.example/1"_s);
        QCOMPARE(feed->items[0].guid, u"tag:kyiv.example,2024:1"_s);
        QCOMPARE(feed->items[0].author, u"Олена Петренко"_s);
        QCOMPARE(feed->items[0].published, u"2024-06-14T09:00:00+03:00"_s);
    }

    void shouldKeepWhatCameBeforeABreak()
    {
        const QByteArray broken = "<rss><channel><title>T</title><item><title>One</"
                                  "title><link>https://x.example/1</link></item>"
                                  "<item><title>Two</title><link>https://x.example/2</link>";
        const Result<ParsedFeed> feed = parseFeed(broken);
        QVERIFY(feed);
        QCOMPARE(feed->items.size(), 2);
        QVERIFY(!feed->warning.isEmpty());
    }

    void shouldRefuseWhatIsNotAFeed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("a page") << QByteArray("<html><body>Hello</body></html>");
        QTest::newRow("not xml") << QByteArray("{\"items\": []}");
        QTest::newRow("empty") << QByteArray();
    }

    void shouldRefuseWhatIsNotAFeed()
    {
        QFETCH(QByteArray, bytes);
        const Result<ParsedFeed> feed = parseFeed(bytes);
        QVERIFY(!feed);
        QCOMPARE(feed.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_FeedParser)
#include "tst_feedparser.moc"
