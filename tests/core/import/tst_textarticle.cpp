#include "import/textarticle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_TextArticle : public QObject
{
    Q_OBJECT
private slots:
    void shouldFindTheTitle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("bodyStart");
        QTest::newRow("first line") << u"Talks resume\n\nThe talks resumed on Monday."_s
                                    << u"Talks resume"_s << u"The talks resumed"_s;
        QTest::newRow("a category label first")
            << u"Uncategorized\n\nTalks resume\n\nThe talks resumed."_s << u"Talks resume"_s
            << u"The talks resumed"_s;
        QTest::newRow("a feed label first")
            << u"RSS News Feed\n\nTalks resume\nThe talks resumed."_s << u"Talks resume"_s
            << u"The talks resumed"_s;
        QTest::newRow("a date and a byline first")
            << u"14 June 2024\nBy Jane Doe\nTalks resume\nThe talks resumed."_s << u"Talks resume"_s
            << u"The talks resumed"_s;
        QTest::newRow("Ukrainian furniture") << u"Новини\n\nПереговори відновилися\n\nТекст."_s
                                             << u"Переговори відновилися"_s << u"Текст."_s;
        QTest::newRow("a short real title is kept")
            << u"Putin speaks\n\nHe spoke."_s << u"Putin speaks"_s << u"He spoke."_s;
        const QString paragraph =
            u"The council met on Tuesday and agreed to publish its findings. It "
            u"will do so in spring, after a long debate about the budget of the "
            u"schools, the roads and the new library that the city has planned."_s;
        QTest::newRow("a paragraph first")
            << paragraph + u"\n\nMore."_s
            << u"The council met on Tuesday and agreed to publish its findings"_s
            << u"The council met on Tuesday"_s;
    }

    void shouldFindTheTitle()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, bodyStart);
        const Result<Article> article = parseTextArticle(text, false);
        QVERIFY2(article, article ? "" : qPrintable(article.error().message));
        QCOMPARE(article->title, title);
        QVERIFY2(article->body.startsWith(bodyStart), qPrintable(article->body));
    }

    void shouldReadAHeaderBlock()
    {
        const QString text = u"Title: Withdraw or Russia will take territories\n"
                             u"Outlet: Example Wire\n"
                             u"Date: 2024-06-14\n"
                             u"URL: https://wire.example/2024/06/14/withdraw\n"
                             u"Author: Jane Doe\n"
                             u"Language: en\n"
                             u"\n"
                             u"Uncategorized\n"
                             u"Russian President Vladimir Putin said Thursday…"_s;
        const Result<Article> article = parseTextArticle(text, false);
        QVERIFY(article);
        QCOMPARE(article->title, u"Withdraw or Russia will take territories"_s);
        QCOMPARE(article->outletName, u"Example Wire"_s);
        QCOMPARE(article->published, u"2024-06-14"_s);
        QCOMPARE(article->url, u"https://wire.example/2024/06/14/withdraw"_s);
        QCOMPARE(article->author, u"Jane Doe"_s);
        QCOMPARE(article->language, u"en"_s);
        QCOMPARE(article->body,
                 u"Uncategorized\nRussian President Vladimir Putin said Thursday…"_s);
    }

    void shouldReadARussianHeaderWithAWrittenDate()
    {
        const Result<Article> article = parseTextArticle(
            u"Заголовок: Переговоры\nИздание: Пример\nДата: 5 июня 2015\n\nТекст статьи."_s, false);
        QVERIFY(article);
        QCOMPARE(article->title, u"Переговоры"_s);
        QCOMPARE(article->outletName, u"Пример"_s);
        QCOMPARE(article->published, u"2015-06-05"_s);
    }

    void shouldNotTakeAFirstLineWithAColonForAHeader()
    {
        const Result<Article> article =
            parseTextArticle(u"Source: the talks failed\n\nThe talks failed."_s, false);
        QVERIFY(article);
        QCOMPARE(article->title, u"Source: the talks failed"_s);
        QVERIFY(article->outletName.isEmpty());
    }

    void shouldStripAMarkdownHeading()
    {
        const Result<Article> article = parseTextArticle(u"# Talks resume\n\nText."_s, true);
        QVERIFY(article);
        QCOMPARE(article->title, u"Talks resume"_s);
    }

    void shouldRefuseEmptyText()
    {
        QCOMPARE(parseTextArticle(u"  \n\n "_s, false).error().code, ErrorCode::Empty);
        QCOMPARE(parseTextArticle(u"Only a title"_s, false).error().code, ErrorCode::Empty);
    }
};

QTEST_GUILESS_MAIN(tst_TextArticle)
#include "tst_textarticle.moc"
