#include "analysis/evaluation.h"

#include <QJsonArray>
#include <functional>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

double ratio(int numerator, int denominator)
{
    return denominator == 0 ? 1.0 : double(numerator) / double(denominator);
}

double f1(double precision, double recall)
{
    return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

QString speakerOf(const QJsonObject &quote)
{
    return quote.value(u"speaker"_s).toString();
}

bool sameQuote(const QJsonObject &gold, const QJsonObject &predicted)
{
    return gold.value(u"start"_s).toInteger() == predicted.value(u"start"_s).toInteger() &&
           gold.value(u"text"_s).toString() == predicted.value(u"text"_s).toString();
}

bool overlaps(const QJsonObject &gold, const QJsonObject &predicted)
{
    const qint64 goldStart = gold.value(u"start"_s).toInteger();
    const qint64 goldEnd = goldStart + gold.value(u"mention"_s).toString().toUcs4().size();
    const qint64 start = predicted.value(u"start"_s).toInteger();
    const qint64 end = start + predicted.value(u"mention"_s).toString().toUcs4().size();
    return start < goldEnd && goldStart < end;
}

// Pairs each gold entry with the first unused predicted entry that matches it.
void pairUp(const QJsonArray &gold, const QJsonArray &predicted,
            const std::function<bool(const QJsonObject &, const QJsonObject &)> &matches,
            const std::function<void(const QJsonObject *, const QJsonObject *)> &visit)
{
    QList<bool> used(predicted.size(), false);
    for (const QJsonValue &goldValue : gold) {
        const QJsonObject goldEntry = goldValue.toObject();
        qsizetype found = -1;
        for (qsizetype i = 0; i < predicted.size() && found < 0; ++i)
            if (!used.at(i) && matches(goldEntry, predicted.at(i).toObject()))
                found = i;
        if (found >= 0) {
            used[found] = true;
            const QJsonObject predictedEntry = predicted.at(found).toObject();
            visit(&goldEntry, &predictedEntry);
        } else {
            visit(&goldEntry, nullptr);
        }
    }
    for (qsizetype i = 0; i < predicted.size(); ++i) {
        if (!used.at(i)) {
            const QJsonObject predictedEntry = predicted.at(i).toObject();
            visit(nullptr, &predictedEntry);
        }
    }
}

} // namespace

EvaluationCounts &EvaluationCounts::operator+=(const EvaluationCounts &other)
{
    goldQuotes += other.goldQuotes;
    predictedQuotes += other.predictedQuotes;
    matchedQuotes += other.matchedQuotes;
    correctSpeakers += other.correctSpeakers;
    goldPlaces += other.goldPlaces;
    predictedPlaces += other.predictedPlaces;
    matchedPlaces += other.matchedPlaces;
    correctCanonicals += other.correctCanonicals;
    return *this;
}

double EvaluationCounts::quotePrecision() const
{
    return ratio(matchedQuotes, predictedQuotes);
}
double EvaluationCounts::quoteRecall() const
{
    return ratio(matchedQuotes, goldQuotes);
}
double EvaluationCounts::quoteF1() const
{
    return f1(quotePrecision(), quoteRecall());
}
double EvaluationCounts::speakerAccuracy() const
{
    return ratio(correctSpeakers, matchedQuotes);
}
double EvaluationCounts::placePrecision() const
{
    return ratio(matchedPlaces, predictedPlaces);
}
double EvaluationCounts::placeRecall() const
{
    return ratio(matchedPlaces, goldPlaces);
}
double EvaluationCounts::placeF1() const
{
    return f1(placePrecision(), placeRecall());
}
double EvaluationCounts::canonicalAccuracy() const
{
    return ratio(correctCanonicals, matchedPlaces);
}

QJsonObject EvaluationCounts::toJson() const
{
    return {{u"quotes"_s, QJsonObject{{u"gold"_s, goldQuotes},
                                      {u"predicted"_s, predictedQuotes},
                                      {u"matched"_s, matchedQuotes},
                                      {u"precision"_s, quotePrecision()},
                                      {u"recall"_s, quoteRecall()},
                                      {u"f1"_s, quoteF1()},
                                      {u"speaker_accuracy"_s, speakerAccuracy()}}},
            {u"places"_s, QJsonObject{{u"gold"_s, goldPlaces},
                                      {u"predicted"_s, predictedPlaces},
                                      {u"matched"_s, matchedPlaces},
                                      {u"precision"_s, placePrecision()},
                                      {u"recall"_s, placeRecall()},
                                      {u"f1"_s, placeF1()},
                                      {u"canonical_accuracy"_s, canonicalAccuracy()}}}};
}

EvaluationCounts evaluate(const QJsonObject &gold, const QJsonObject &predicted)
{
    EvaluationCounts counts;
    const QJsonArray goldQuotes = gold.value(u"quotes"_s).toArray();
    const QJsonArray predictedQuotes = predicted.value(u"quotes"_s).toArray();
    counts.goldQuotes = int(goldQuotes.size());
    counts.predictedQuotes = int(predictedQuotes.size());
    pairUp(goldQuotes, predictedQuotes, sameQuote, [&](const QJsonObject *g, const QJsonObject *p) {
        if (g && p) {
            ++counts.matchedQuotes;
            if (speakerOf(*g).compare(speakerOf(*p), Qt::CaseInsensitive) == 0)
                ++counts.correctSpeakers;
        }
    });
    const QJsonArray goldPlaces = gold.value(u"places"_s).toArray();
    const QJsonArray predictedPlaces = predicted.value(u"places"_s).toArray();
    counts.goldPlaces = int(goldPlaces.size());
    counts.predictedPlaces = int(predictedPlaces.size());
    pairUp(goldPlaces, predictedPlaces, overlaps, [&](const QJsonObject *g, const QJsonObject *p) {
        if (g && p) {
            ++counts.matchedPlaces;
            if (g->value(u"canonical"_s).toString() == p->value(u"canonical"_s).toString())
                ++counts.correctCanonicals;
        }
    });
    return counts;
}

QStringList evaluationDifferences(const QJsonObject &gold, const QJsonObject &predicted)
{
    QStringList lines;
    auto describe = [](const QJsonObject &o, const QString &field) {
        return u"%1 \"%2\""_s.arg(o.value(u"start"_s).toInteger())
            .arg(o.value(field).toString().left(50));
    };
    pairUp(gold.value(u"quotes"_s).toArray(), predicted.value(u"quotes"_s).toArray(), sameQuote,
           [&](const QJsonObject *g, const QJsonObject *p) {
               if (g && !p)
                   lines << u"missed quote "_s + describe(*g, u"text"_s);
               else if (!g && p)
                   lines << u"extra quote "_s + describe(*p, u"text"_s);
               else if (speakerOf(*g).compare(speakerOf(*p), Qt::CaseInsensitive) != 0)
                   lines << u"wrong speaker %1: %2 instead of %3 (%4)"_s.arg(
                       describe(*g, u"text"_s), speakerOf(*p), speakerOf(*g),
                       p->value(u"rule"_s).toString());
           });
    pairUp(gold.value(u"places"_s).toArray(), predicted.value(u"places"_s).toArray(), overlaps,
           [&](const QJsonObject *g, const QJsonObject *p) {
               if (g && !p)
                   lines << u"missed place "_s + describe(*g, u"mention"_s);
               else if (!g && p)
                   lines << u"extra place "_s + describe(*p, u"mention"_s);
               else if (g->value(u"canonical"_s) != p->value(u"canonical"_s))
                   lines << u"wrong place %1: %2 instead of %3"_s.arg(
                       describe(*g, u"mention"_s), p->value(u"canonical"_s).toString(),
                       g->value(u"canonical"_s).toString());
           });
    return lines;
}

} // namespace parallax::analysis
