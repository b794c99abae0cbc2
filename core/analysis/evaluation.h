// Scores analyser output against gold annotations in the corpus format: quotations by exact
// span, speakers on the matched quotations, places by overlapping span and their canonical
// names on the matched places.
#pragma once

#include <QJsonObject>
#include <QString>

namespace parallax::analysis {

struct EvaluationCounts
{
    int goldQuotes = 0;
    int predictedQuotes = 0;
    int matchedQuotes = 0;
    int correctSpeakers = 0;
    int goldPlaces = 0;
    int predictedPlaces = 0;
    int matchedPlaces = 0;
    int correctCanonicals = 0;

    EvaluationCounts &operator+=(const EvaluationCounts &other);

    double quotePrecision() const;
    double quoteRecall() const;
    double quoteF1() const;
    double speakerAccuracy() const;
    double placePrecision() const;
    double placeRecall() const;
    double placeF1() const;
    double canonicalAccuracy() const;

    QJsonObject toJson() const;
};

// gold and predicted hold "quotes" and "places" arrays as the corpus README describes.
EvaluationCounts evaluate(const QJsonObject &gold, const QJsonObject &predicted);

// The differences, one line each ("missed quote …", "wrong speaker …"), for tuning.
QStringList evaluationDifferences(const QJsonObject &gold, const QJsonObject &predicted);

} // namespace parallax::analysis
