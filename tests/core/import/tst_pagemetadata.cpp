#include "import/html/datetext.h"
#include "import/html/pagemetadata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

PageMetadata metadataOf(const QString &html)
{
    const HtmlTree tree(tokenizeHtml(html));
    return readPageMetadata(tree);
}

} // namespace

class tst_PageMetadata : public QObject
{
    Q_OBJECT
private slots:
    void shouldPreferJsonLdInsideAGraph()
    {
        const QString page =
            u"<html lang=\"en-GB\"><head> "
            u"<title>Talks resume | The Example Times</title> "
            u"<meta property=\"og:title\" content=\"Talks resume - The Example Times\"> "
            u"<meta name=\"author\" content=\"Desk Editor\"> "
            u"<script "
            u"type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[ "
            u"{\"@type\":\"WebSite\",\"name\":\"Example Times Site\"}, "
            u"{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks resume in Geneva\", "
            u"\"author\":[{\"@type\":\"Person\",\"name\":\"Jane "
            u"Doe\"},{\"@type\":\"Person\",\"name\":\"John Roe\"}], "
            u"\"datePublished\":\"2024-06-14T18:03:00+02:00\", "
            u"\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Example Times\"}, "
            u"\"mainEntityOfPage\":{\"@id\":\"https://example.org/talks\"}}]}</script> "
            u"</head><body><h1>Talks resume in Geneva</h1></body></html>"_s;
        const PageMetadata meta = metadataOf(page);
        QCOMPARE(meta.title, u"Talks resume in Geneva"_s);
        QCOMPARE(meta.author, u"Jane Doe, John Roe"_s);
        QCOMPARE(meta.published, u"2024-06-14T18:03:00+02:00"_s);
        QCOMPARE(meta.siteName, u"The Example Times"_s);
        QCOMPARE(meta.url, u"https://example.org/talks"_s);
        QCOMPARE(meta.language, u"en"_s);
    }

    void shouldReadJsonThatIsNotQuiteValid()
    {
        const QString page =
            u"<script type=\"application/ld+json\"><!--\n{\"@type\": \"Article\", \"headline\": "
            u"\"Two\nlines\","
            u" \"author\": {\"@type\": \"Organization\", \"name\": \"City Hall\"}}\n--></script>"_s;
        const PageMetadata meta = metadataOf(page);
        QCOMPARE(meta.title, u"Two lines"_s);
        QCOMPARE(meta.author, u"City Hall"_s); // a body only when no person is named
    }

    void shouldFallBackThroughMetaMicrodataAndTheVisiblePage()
    {
        const QString page =
            u"<head><meta property=\"og:site_name\" content=\"Local News\"> "
            u"<link rel=\"canonical\" href=\"https://www.local.example/2021/03/04/fire-station/\"> "
            u"<title>Local News: New fire station opens downtown</title></head> "
            u"<body><h1>New fire station opens downtown</h1> "
            u"<div class=\"byline\">By <a rel=\"author\" href=\"/staff/ann\">Ann Lee</a></div> "
            u"<p>Text.</p></body>"_s;
        const PageMetadata meta = metadataOf(page);
        QCOMPARE(meta.title, u"New fire station opens downtown"_s);
        QCOMPARE(meta.author, u"Ann Lee"_s);
        QCOMPARE(meta.siteName, u"Local News"_s);
        QCOMPARE(meta.published, u"2021-03-04"_s); // from the URL, the last resort
        QCOMPARE(meta.url, u"https://www.local.example/2021/03/04/fire-station/"_s);
    }

    void shouldReadVisibleDatesAndMicrodata()
    {
        const QString page =
            u"<article itemscope itemtype=\"http://schema.org/BlogPosting\"> "
            u"<span itemprop=\"author\" itemscope><span itemprop=\"name\">Олена "
            u"Петренко</span></span> "
            u"<div class=\"post-date\">Freitag, 5. Juni 2015</div><p>Text.</p></article>"_s;
        const PageMetadata meta = metadataOf(page);
        QCOMPARE(meta.author, u"Олена Петренко"_s);
        QCOMPARE(meta.published, u"2015-06-05"_s);
    }

    void shouldNameTheOutletByDomainWhenNothingElse()
    {
        const PageMetadata meta = metadataOf(
            u"<link rel=canonical href=\"https://www.kyivindependent.example/news/x\"><p>x</p>"_s);
        QCOMPARE(meta.siteName, u"kyivindependent.example"_s);
    }

    void shouldCleanBylines_data()
    {
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("by") << u"By Jane Doe"_s << u"Jane Doe"_s;
        QTest::newRow("posted on a date by")
            << u"Posted on September 21, 2020 by Adi Tal"_s << u"Adi Tal"_s;
        QTest::newRow("a label") << u"Autor: Anna Kubik"_s << u"Anna Kubik"_s;
        QTest::newRow("a date after") << u"Janic Cathomen, 01.12.2021"_s << u"Janic Cathomen"_s;
        QTest::newRow("a weekday and date after")
            << u"Heiko Sauer Do 9 Apr 2020"_s << u"Heiko Sauer"_s;
        QTest::newRow("a time after") << u"Bo Man am 29.12.2010, 13:36 Uhr"_s << u"Bo Man"_s;
        QTest::newRow("a particle in the name")
            << u"Ursula von der Leyen"_s << u"Ursula von der Leyen"_s;
        QTest::newRow("only a label") << u"Publiziert am"_s << QString();
        QTest::newRow("an address") << u"https://example.org/staff/jane"_s << QString();
    }

    void shouldCleanBylines()
    {
        QFETCH(QString, byline);
        QFETCH(QString, expected);
        const PageMetadata meta =
            metadataOf(u"<meta name=\"author\" content=\"%1\"><p>x</p>"_s.arg(byline));
        QCOMPARE(meta.author, expected);
    }

    void shouldCleanTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("expected");
        QTest::newRow("site after a bar") << u"Ceasefire talks stall | Example News"_s << QString()
                                          << u"Example News"_s << u"Ceasefire talks stall"_s;
        QTest::newRow("site before a dash")
            << u"Example News - Ceasefire talks stall again"_s << QString() << QString()
            << u"Ceasefire talks stall again"_s;
        QTest::newRow("kicker checked against the heading")
            << u"Covid-19: Can the spread be controlled in the country?"_s
            << u"Can the spread be controlled in the country?"_s << QString()
            << u"Can the spread be controlled in the country?"_s;
        QTest::newRow("no separator")
            << u"A plain title"_s << QString() << QString() << u"A plain title"_s;
        QTest::newRow("hyphen inside a word stays")
            << u"Anti-war protest grows"_s << QString() << QString() << u"Anti-war protest grows"_s;
        QTest::newRow("only the heading") << QString() << u"Heading"_s << QString() << u"Heading"_s;
    }

    void shouldCleanTitles()
    {
        QFETCH(QString, title);
        QFETCH(QString, heading);
        QFETCH(QString, site);
        QFETCH(QString, expected);
        QCOMPARE(cleanPageTitle(title, heading, site), expected);
    }

    void shouldFindDatesInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dotted") << u"Veröffentlicht am 06.10.2023"_s << u"2023-10-06"_s;
        QTest::newRow("German month") << u"26. Januar 2022"_s << u"2022-01-26"_s;
        QTest::newRow("English, month first")
            << u"Posted March 3rd, 2021 by Ann"_s << u"2021-03-03"_s;
        QTest::newRow("Russian genitive") << u"5 июня 2015 г."_s << u"2015-06-05"_s;
        QTest::newRow("Ukrainian") << u"12 березня 2024, 14:05"_s << u"2024-03-12"_s;
        QTest::newRow("Spanish") << u"3 de marzo de 2020"_s << u"2020-03-03"_s;
        QTest::newRow("ISO") << u"updated 2022-02-01 10:00"_s << u"2022-02-01"_s;
        QTest::newRow("the first of two")
            << u"1 May 2020, updated 2 June 2021"_s << u"2020-05-01"_s;
        QTest::newRow("not a date") << u"Chapter 12 of 2020 pages"_s << QString();
        QTest::newRow("impossible day") << u"31.02.2022"_s << QString();
    }

    void shouldFindDatesInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(dateInText(text), expected);
    }

    void shouldFindDatesInUrls()
    {
        QCOMPARE(dateInUrl(u"https://uepo.example/2020/04/26/glossar/"_s), u"2020-04-26"_s);
        QCOMPARE(dateInUrl(u"https://x.example/news/2022-02-01-title"_s), u"2022-02-01"_s);
        QVERIFY(dateInUrl(u"https://x.example/id/20201/12/3456"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PageMetadata)
#include "tst_pagemetadata.moc"
