// Quotation marks of every style, apostrophes, nesting, paragraphs and truncation.
#include "analysis/quotescanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

class tst_QuoteScanner : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindQuotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("straight double")
            << u"He said \"we will win\" today."_s << QStringList{u"we will win"_s};
        QTest::newRow("doubled apostrophes, once")
            << u"''We will win,'' the mayor said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("doubled apostrophes with a single inside")
            << u"''He called it 'a sham,' and left,'' she said."_s
            << QStringList{u"He called it 'a sham,' and left,"_s, u"a sham,"_s};
        QTest::newRow("doubled apostrophes running on")
            << u"''We will win.\n\n''We will rebuild,'' she said."_s
            << QStringList{u"We will win.\n\n''We will rebuild,"_s};
        QTest::newRow("curly double")
            << u"“We will win,” he said."_s << QStringList{u"We will win,"_s};
        QTest::newRow("curly single with apostrophes")
            << u"Russia’s leader said ‘we don’t agree’ and left."_s
            << QStringList{u"we don’t agree"_s};
        QTest::newRow("straight single, not apostrophes")
            << u"It's the 'peace conference' that Ukraine's allies back."_s
            << QStringList{u"peace conference"_s};
        QTest::newRow("plural possessive is no mark")
            << u"The troops' positions held."_s << QStringList{};
        QTest::newRow("guillemets")
            << u"«Мы готовы», — заявил Песков."_s << QStringList{u"Мы готовы"_s};
        QTest::newRow("low-high German style")
            << u"Він сказав „ми готові“ вчора."_s << QStringList{u"ми готові"_s};
        QTest::newRow("low-high with closing curly")
            << u"Він сказав „ми готові” вчора."_s << QStringList{u"ми готові"_s};
        QTest::newRow("single guillemets") << u"‹Nein›, sagte er."_s << QStringList{u"Nein"_s};
        QTest::newRow("nested") << u"“He called it ‘a trick’ today,” she said."_s
                                << QStringList{u"He called it ‘a trick’ today,"_s, u"a trick"_s};
        QTest::newRow("russian nested") << u"«Он назвал это „трюком“», — сказала она."_s
                                        << QStringList{u"Он назвал это „трюком“"_s, u"трюком"_s};
        QTest::newRow("broken by attribution") << u"“First part,” he said. “Second part.”"_s
                                               << QStringList{u"First part,"_s, u"Second part."_s};
        QTest::newRow("mark without a partner stays alone")
            << u"He is 6'2\" tall, they say."_s << QStringList{};
        QTest::newRow("across paragraphs")
            << u"“The first paragraph of a long quote.\n\n“The second one ends it,” he said."_s
            << QStringList{u"The first paragraph of a long quote.\n\n“The second one ends it,"_s};
        QTest::newRow("unclosed in the middle is dropped")
            << u"He said “something and never closed.\n\nThen a new paragraph."_s << QStringList{};
    }

    void shouldFindQuotations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const QuotedSpan &span : scanQuotations(text)) {
            QVERIFY(!span.truncated);
            found << text.mid(span.inner.start, span.inner.size());
        }
        QCOMPARE(found, expected);
    }

    void shouldMarkNesting()
    {
        const QString text = u"“Outer ‘inner’ end,” he said."_s;
        const QList<QuotedSpan> spans = scanQuotations(text);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).nesting, 0);
        QCOMPARE(spans.at(1).nesting, 1);
        QCOMPARE(text.mid(spans.at(0).marks.start, spans.at(0).marks.size()),
                 u"“Outer ‘inner’ end,”"_s);
    }

    void shouldMarkQuotationCutOffByTheEnd()
    {
        const QString text =
            u"Intro.\n\nHe said: “We will never stop fighting for our land and  \n"_s;
        const QList<QuotedSpan> spans = scanQuotations(text);
        QCOMPARE(spans.size(), 1);
        QVERIFY(spans.front().truncated);
        QCOMPARE(text.mid(spans.front().inner.start, spans.front().inner.size()),
                 u"We will never stop fighting for our land and"_s);
    }
};

QTEST_GUILESS_MAIN(tst_QuoteScanner)
#include "tst_quotescanner.moc"
