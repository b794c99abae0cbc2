#include "import/html/htmlarticle.h"
#include "import/html/htmltokenizer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA) + u"/html/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

const QString kPage = readFixture(u"article-with-furniture.html"_s);

} // namespace

class tst_HtmlArticle : public QObject
{
    Q_OBJECT
private slots:
    void shouldReadMetadata()
    {
        const HtmlArticle a = extractHtmlArticle(kPage);
        QCOMPARE(a.title, u"Putin offers ceasefire & talks"_s);
        QCOMPARE(a.siteName, u"Antiwar.com"_s);
        QCOMPARE(a.published, u"2024-06-14T18:03:00+00:00"_s);
        QCOMPARE(a.author, u"Jane Doe"_s);
        QCOMPARE(a.url, u"https://example.org/2024/06/14/ceasefire/"_s);
        QCOMPARE(a.language, u"en"_s);
    }

    void shouldKeepOnlyReadableArticleText()
    {
        const HtmlArticle a = extractHtmlArticle(kPage);
        QCOMPARE(a.body, u"Russian President Vladimir Putin said on Friday that Moscow would "
                         u"“immediately” cease fire.\n"
                         u"Kyiv called it absurd\u00A0— an “ultimatum” 😀."_s);
        for (const QString &furniture :
             {u"injected"_s, u"color"_s, u"Home"_s, u"banner"_s, u"caption"_s, u"Related"_s,
              u"2024 Example"_s, u"commented"_s, u"http"_s})
            QVERIFY2(!a.body.contains(furniture), qPrintable(furniture));
    }

    void shouldFallBackToTitleElementAndTimeTag()
    {
        const QString page = u"<html><head><title> Plain &quot;page&quot; </title></head><body>"
                             u"<p>Posted <time datetime=\"2023-02-01\">1 Feb</time></p>"
                             u"<div>First<br>Second</div></body></html>"_s;
        const HtmlArticle a = extractHtmlArticle(page);
        QCOMPARE(a.title, u"Plain \"page\""_s);
        QCOMPARE(a.published, u"2023-02-01"_s);
        QCOMPARE(a.body, u"Posted 1 Feb\nFirst\nSecond"_s);
    }

    void shouldSurviveBrokenMarkup()
    {
        const QString page = u"<p>Unclosed <b>bold <p>next <script>never closed"_s;
        const HtmlArticle a = extractHtmlArticle(page);
        QCOMPARE(a.body, u"Unclosed bold\nnext"_s);
        QVERIFY(extractHtmlArticle(u"<<<>>>< / >"_s).title.isEmpty());
    }

    void shouldReadDeclaredCharset()
    {
        QCOMPARE(declaredHtmlCharset("<html><head><meta charset=\"windows-1251\">"),
                 QByteArray("windows-1251"));
        QCOMPARE(declaredHtmlCharset("<meta http-equiv=\"Content-Type\" "
                                     "content=\"text/html; charset=koi8-r\">"),
                 QByteArray("koi8-r"));
        QVERIFY(declaredHtmlCharset("<p>no declaration</p>").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HtmlArticle)
#include "tst_htmlarticle.moc"
