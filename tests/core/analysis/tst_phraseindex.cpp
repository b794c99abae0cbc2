#include "analysis/phraseindex.h"
#include "analysis/textcontext.h"
#include "analysis/wordset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

class tst_PhraseIndex : public QObject
{
    Q_OBJECT
private slots:
    void shouldMatchTheLongestPhrasesInTheOrderAdded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("token");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<QList<int>>("payloads");
        QTest::newRow("one word") << u"He flew to Paris."_s << qsizetype(3) << qsizetype(1)
                                  << QList<int>{1, 4};
        QTest::newRow("longest wins")
            << u"in New York City today"_s << qsizetype(1) << qsizetype(3) << QList<int>{3};
        QTest::newRow("shorter when the rest differs")
            << u"in New York state"_s << qsizetype(1) << qsizetype(2) << QList<int>{2};
        QTest::newRow("case ending of a Cyrillic name")
            << u"в Харькове"_s << qsizetype(1) << qsizetype(1) << QList<int>{5};
        QTest::newRow("abbreviation only in capitals")
            << u"talks in the US"_s << qsizetype(3) << qsizetype(1) << QList<int>{6};
        QTest::newRow("abbreviation as a word")
            << u"let us go"_s << qsizetype(1) << qsizetype(0) << QList<int>{};
        QTest::newRow("no phrase")
            << u"nothing here"_s << qsizetype(0) << qsizetype(0) << QList<int>{};
        QTest::newRow("punctuation between words")
            << u"New; York"_s << qsizetype(0) << qsizetype(0) << QList<int>{};
    }

    void shouldMatchTheLongestPhrasesInTheOrderAdded()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, token);
        QFETCH(qsizetype, length);
        QFETCH(QList<int>, payloads);
        PhraseIndex index;
        index.reserve(8);
        index.add(u"Paris"_s, 1);
        index.add(u"New York"_s, 2);
        index.add(u"New York City"_s, 3);
        index.add(u"Paris"_s, 4);
        index.add(u"Харьков"_s, 5);
        index.add(u"US"_s, 6);
        const TextContext context(text);
        const PhraseMatch match =
            index.matchAt(context.text(), context.tokens(), context.keys(), token);
        QCOMPARE(match.tokenCount, length);
        QCOMPARE(QList<int>(match.payloads.begin(), match.payloads.end()), payloads);
    }

    void shouldGiveEachTokenItsFoldedFormAndStems()
    {
        const TextContext context(u"Kyiv Харькове"_s);
        QCOMPARE(context.keys().size(), 2);
        QCOMPARE(context.keys().at(0).size(), size_t(1));
        QCOMPARE(context.keys().at(0).front().text, u"kyiv"_s);
        QCOMPARE(context.keys().at(0).front().hash, hashKey(u"kyiv"));
        bool hasStem = false;
        for (const HashedKey &key : context.keys().at(1))
            hasStem = hasStem || key.text == u"харьков";
        QVERIFY(hasStem);
    }

    void shouldFindWordsInAWordSetByView()
    {
        const WordSet set{u"he", u"она"};
        const QString text = u"she said he"_s;
        QVERIFY(set.contains(QStringView(text).right(2)));
        QVERIFY(!set.contains(QStringView(text).left(3)));
        QVERIFY(set.contains(u"она"_s));
        QCOMPARE(set.size(), 2);
        QVERIFY(hashKey(u"he") != hashKey(u"eh"));
    }
};

QTEST_APPLESS_MAIN(tst_PhraseIndex)
#include "tst_phraseindex.moc"
