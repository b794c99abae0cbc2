// The quote aligner on statements that the seed articles report in different words.
#include "align/quotealigner.h"
#include "align/worddiff.h"
#include "testlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::align;

namespace {

// The gold quotations of one seed article, speakers numbered by name.
QList<AlignableQuote> goldQuotes(const QString &seed, qint64 articleId,
                                 QHash<QString, qint64> &people)
{
    QFile file(QStringLiteral(PARALLAX_TEST_SEEDS) + u"/gold/"_s + seed + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read gold file %s", qPrintable(file.fileName()));
    const QJsonArray quotes =
        QJsonDocument::fromJson(file.readAll()).object()[u"quotes"_s].toArray();
    QList<AlignableQuote> out;
    qint64 id = articleId * 1000;
    for (const QJsonValue &value : quotes) {
        const QJsonObject quote = value.toObject();
        AlignableQuote q{++id, articleId, quote[u"text"_s].toString(), std::nullopt, {}};
        const QString speaker = quote[u"speaker"_s].toString();
        if (!speaker.isEmpty()) {
            if (!people.contains(speaker))
                people.insert(speaker, people.size() + 1);
            q.personId = people.value(speaker);
        }
        out.append(prepare(q));
    }
    return out;
}

const AlignableQuote *findQuote(const QList<AlignableQuote> &quotes, const QString &start)
{
    for (const AlignableQuote &q : quotes)
        if (q.text.startsWith(start))
            return &q;
    return nullptr;
}

} // namespace

class TestQuoteAligner final : public QObject
{
    Q_OBJECT
private slots:
    void shouldScoreRewordingsAboveThreshold_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("sameStatement");
        QTest::newRow("translation variants")
            << u"If Ukrainian forces leave the territories they hold, then we will stop combat operations"_s
            << u"Ukrainian troops will withdraw from the territories they occupy, and then the hostilities will cease"_s
            << true;
        QTest::newRow("partial quotation")
            << u"There is no novelty in this, no real peace proposals and no desire to end"_s
            << u"There is no innovation, no real peace proposals, no desire to end the war. But there is a desire to continue this war in new forms without paying for it."_s
            << true;
        QTest::newRow("russian inflection")
            << u"Украинские войска должны быть полностью выведены с территорий"_s
            << u"украинских войск с территории полностью вывести"_s << true;
        QTest::newRow("different statements on one topic")
            << u"If negotiations are linked to the withdrawal of our troops, about which the Kiev regime dreams, then this will never happen"_s
            << u"If Ukrainian forces leave the territories they hold, then we will stop combat operations"_s
            << false;
        QTest::newRow("unrelated")
            << u"We urge you to turn this sad page of history"_s
            << u"Krasnoarmeysk and Dimitrov are completely surrounded"_s << false;
    }
    void shouldScoreRewordingsAboveThreshold()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, sameStatement);
        const AlignableQuote a = prepare({1, 1, left, 7, {}});
        const AlignableQuote b = prepare({2, 2, right, 7, {}});
        const double score = similarity(a, b);
        QCOMPARE(score >= AlignmentOptions{}.threshold, sameStatement);
        QCOMPARE(similarity(b, a), score);
    }

    void shouldWeighTheSpeaker()
    {
        const QString text = u"There is no novelty in this, no real peace proposals"_s;
        const QString other =
            u"There is no innovation, no real peace proposals, no desire to end the war"_s;
        const double same = similarity(prepare({1, 1, text, 3, {}}), prepare({2, 2, other, 3, {}}));
        const double unknown =
            similarity(prepare({1, 1, text, {}, {}}), prepare({2, 2, other, {}, {}}));
        const double different =
            similarity(prepare({1, 1, text, 3, {}}), prepare({2, 2, other, 4, {}}));
        QVERIFY(same > unknown);
        QVERIFY(unknown > different);
        QVERIFY(different < AlignmentOptions{}.threshold);
    }

    void shouldAlignTheSeedStatements_data()
    {
        QTest::addColumn<QString>("leftSeed");
        QTest::addColumn<QString>("rightSeed");
        QTest::addColumn<QString>("leftStart");
        QTest::addColumn<QString>("rightStart");
        QTest::newRow("withdrawal and ceasefire")
            << u"001_3253f2a8958fafad"_s << u"004_36d86edacdecd9d8"_s
            << u"If Ukrainian forces leave"_s << u"We’re still receiving calls"_s;
        QTest::newRow("Podolyak's answer")
            << u"002_8f2fd4e8bce45925"_s << u"003_7d0074fbc613b37b"_s << u"There is no novelty"_s
            << u"There is no innovation"_s;
    }
    void shouldAlignTheSeedStatements()
    {
        QFETCH(QString, leftSeed);
        QFETCH(QString, rightSeed);
        QFETCH(QString, leftStart);
        QFETCH(QString, rightStart);
        QHash<QString, qint64> people;
        const QList<AlignableQuote> left = goldQuotes(leftSeed, 1, people);
        const QList<AlignableQuote> right = goldQuotes(rightSeed, 2, people);
        const AlignableQuote *l = findQuote(left, leftStart);
        const AlignableQuote *r = findQuote(right, rightStart);
        QVERIFY(l && r);

        const QList<QuotePair> pairs = alignPair(left, right);
        bool found = false;
        QSet<int> lefts, rights;
        for (const QuotePair &pair : pairs) {
            QVERIFY(!lefts.contains(pair.left) && !rights.contains(pair.right)); // one-to-one
            lefts.insert(pair.left);
            rights.insert(pair.right);
            if (left.at(pair.left).annotationId == l->annotationId)
                found = right.at(pair.right).annotationId == r->annotationId;
        }
        QVERIFY2(found, "the two wordings of the statement are not aligned");
    }

    void shouldKeepDistinctStatementsApart()
    {
        // 000 and 001 report different remarks of one press conference on one topic.
        QHash<QString, qint64> people;
        const QList<AlignableQuote> a = goldQuotes(u"000_d3bd216aa5f54104"_s, 1, people);
        const QList<AlignableQuote> b = goldQuotes(u"001_3253f2a8958fafad"_s, 2, people);
        const AlignableQuote *dreams = findQuote(a, u"If negotiations are linked"_s);
        QVERIFY(dreams);
        for (const QuotePair &pair : alignPair(a, b))
            QVERIFY2(a.at(pair.left).annotationId != dreams->annotationId,
                     qPrintable(b.at(pair.right).text));
    }

    void shouldGroupStatementsAcrossArticles()
    {
        QHash<QString, qint64> people;
        const QList<QList<AlignableQuote>> articles{
            goldQuotes(u"001_3253f2a8958fafad"_s, 1, people),
            goldQuotes(u"004_36d86edacdecd9d8"_s, 2, people),
            goldQuotes(u"002_8f2fd4e8bce45925"_s, 3, people),
            goldQuotes(u"003_7d0074fbc613b37b"_s, 4, people)};
        const QList<StatementGroup> groups = alignArticles(articles);
        qsizetype total = 0;
        QSet<qint64> seen;
        for (const StatementGroup &group : groups) {
            QSet<qint64> articleIds;
            for (const qint64 id : group.annotationIds) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QVERIFY2(!articleIds.contains(id / 1000),
                         "two quotations of one article in a group");
                articleIds.insert(id / 1000);
            }
            total += group.annotationIds.size();
        }
        qsizetype quotes = 0;
        for (const auto &list : articles)
            quotes += list.size();
        QCOMPARE(total, quotes);
        const qint64 novelty = findQuote(articles.at(2), u"There is no novelty"_s)->annotationId;
        const qint64 innovation =
            findQuote(articles.at(3), u"There is no innovation"_s)->annotationId;
        bool together = false;
        for (const StatementGroup &group : groups)
            if (group.annotationIds.contains(novelty))
                together = group.annotationIds.contains(innovation) && group.score > 0.5;
        QVERIFY(together);
    }

    void shouldDiffWordings()
    {
        const QList<DiffRun> runs =
            diffWords(u"If Ukrainian forces leave the territories they hold"_s,
                      u"Ukrainian troops will withdraw from the territories they occupy"_s);
        QString same, leftOnly, rightOnly;
        for (const DiffRun &run : runs) {
            if (run.kind == DiffRun::Kind::Same)
                same += run.left + u'|' + run.right + u';';
            else if (run.kind == DiffRun::Kind::LeftOnly)
                leftOnly += run.left + u';';
            else
                rightOnly += run.right + u';';
        }
        QVERIFY2(same.contains(u"Ukrainian forces|Ukrainian troops;"_s), qPrintable(same));
        QVERIFY2(same.contains(u"territories they hold|the territories they occupy;"_s),
                 qPrintable(same));
        QVERIFY2(leftOnly.contains(u"If"_s), qPrintable(leftOnly));
        QVERIFY2(rightOnly.contains(u"will"_s), qPrintable(rightOnly));
        QCOMPARE(sameWordShare(diffWords(u"one two three"_s, u"one two three"_s)), 1.0);
        QVERIFY(sameWordShare(runs) > 0.4 && sameWordShare(runs) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestQuoteAligner)
#include "tst_quotealigner.moc"
