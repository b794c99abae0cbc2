#include "import/html/articlebody.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString bodyOf(const QString &html)
{
    const HtmlTree tree(tokenizeHtml(html));
    return extractArticleBody(tree);
}

// A paragraph of prose long enough to count, different each time.
QString prose(int n)
{
    return u"Paragraph %1 of the report says that the council met on Tuesday, discussed the "
           u"budget at length, and agreed, after a long debate, to publish its findings in spring."_s
               .arg(n);
}

QString teaser(int n)
{
    return u"<article class=\"card\"><h3><a href=\"/s%1\">Other story %1</a></h3>"
           u"<p><a href=\"/s%1\">A short teaser for another story</a></p></article>"_s.arg(n);
}

} // namespace

class tst_ArticleBody : public QObject
{
    Q_OBJECT
private slots:
    void shouldChooseTheArticleAmongTeasers()
    {
        QString page = u"<body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"_s;
        for (int i = 0; i < 4; ++i)
            page += teaser(i);
        page += u"<article class=\"story\"><h1>Headline</h1><p>"_s + prose(1) + u"</p><p>"_s +
                prose(2) + u"</p><p>"_s + prose(3) + u"</p></article>"_s;
        for (int i = 4; i < 8; ++i)
            page += teaser(i);
        page += u"<footer>© 2024 Example</footer></body>"_s;
        const QString body = bodyOf(page);
        QVERIFY2(body.contains(prose(1)) && body.contains(prose(3)), qPrintable(body));
        QVERIFY(!body.contains(u"Other story"_s));
        QVERIFY(!body.contains(u"Home"_s));
        QVERIFY(!body.contains(u"2024 Example"_s));
    }

    void shouldKeepWhatBelongsToTheArticleAndCutFurniture()
    {
        const QString page =
            u"<div class=\"article-body\">"
            u"<p class=\"standfirst\">The council will publish its findings, officials said.</p>"_s +
            u"<p>"_s + prose(1) + u"</p><h2>What comes next</h2><p>"_s + prose(2) +
            u"</p><blockquote><p>“We will publish everything,” the mayor said in a statement to reporters.</p></blockquote>"_s +
            u"<ul><li>the budget for schools and for the roads of the region,</li><li>the plan for the new library and its staff.</li></ul>"_s +
            u"<figure><img src=x><figcaption>A caption under a photo</figcaption></figure>"_s +
            u"<div class=\"share-tools\">Share this article on social media</div>"_s +
            u"<div class=\"related\"><h3>Related</h3><ul><li><a href=/a>One story</a></li><li><a href=/b>Two stories</a></li></ul></div>"_s +
            u"<p>"_s + prose(3) + u"</p>"_s +
            u"<div style=\"display: none\">Hidden text that no reader sees at all.</div>"_s +
            u"<section id=\"comments\"><p>A reader commented, at length, with opinions.</p></section></div>"_s;
        const QString body = bodyOf(page);
        const QStringList lines = body.split(u'\n');
        QVERIFY2(lines.contains(u"The council will publish its findings, officials said."_s),
                 qPrintable(body));
        QVERIFY(lines.contains(u"What comes next"_s));
        QVERIFY(lines.contains(
            u"“We will publish everything,” the mayor said in a statement to reporters."_s));
        QVERIFY(lines.contains(u"the plan for the new library and its staff."_s));
        QVERIFY(lines.contains(prose(3)));
        for (const QString &furniture : {u"caption"_s, u"Share this"_s, u"Related"_s,
                                         u"One story"_s, u"Hidden"_s, u"commented"_s})
            QVERIFY2(!body.contains(furniture), qPrintable(furniture));
    }

    void shouldReadAPageWrappedInAForm()
    {
        const QString page = u"<form action=/post><div id=main><p>"_s + prose(1) + u"</p><p>"_s +
                             prose(2) + u"</p></div><input type=submit value=Send></form>"_s;
        const QString body = bodyOf(page);
        QCOMPARE(body, prose(1) + u'\n' + prose(2));
    }

    void shouldGatherAnArticleSplitIntoSections()
    {
        QString page = u"<main>"_s;
        for (int i = 0; i < 3; ++i)
            page += u"<section><div class=\"wrap\"><div class=\"post-part\"><p>"_s + prose(2 * i) +
                    u"</p><p>"_s + prose(2 * i + 1) +
                    u"</p></div></div></section><aside><a href=/ad>Advert</a></aside>"_s;
        page += u"</main>"_s;
        const QString body = bodyOf(page);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(body.contains(prose(i)), qPrintable(body));
        QVERIFY(!body.contains(u"Advert"_s));
    }

    void shouldReadTextBetweenBlocks()
    {
        const QString page = u"<div class=\"content\">"_s + prose(1) + u"<br><br>"_s + prose(2) +
                             u"<div class=\"share\">Share</div>"_s + prose(3) + u"</div>"_s;
        const QString body = bodyOf(page);
        QVERIFY2(body.contains(prose(1)) && body.contains(prose(2)) && body.contains(prose(3)),
                 qPrintable(body));
        QVERIFY(!body.contains(u"Share"_s));
    }

    void shouldKeepAPageMadeOfLinks()
    {
        QString page = u"<div class=\"entry\"><p>"_s;
        for (int i = 0; i < 12; ++i)
            page += u"<a href=/p%1>A link to a post about tidy rooms number %1</a>, "_s.arg(i);
        page += u"</p></div>"_s;
        QVERIFY(bodyOf(page).contains(u"tidy rooms number 11"_s));
    }

    void shouldNotReturnAnythingForAnEmptyPage()
    {
        QVERIFY(bodyOf(u"<html><head><title>x</title></head><body></body></html>"_s).isEmpty());
        QVERIFY(bodyOf(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ArticleBody)
#include "tst_articlebody.moc"
