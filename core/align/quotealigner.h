// Matches quotations that report the same statement across articles: similarity over
// statement keys with the speaker as a strong signal, then the best one-to-one matches.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parallax::align {

struct AlignableQuote
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    QString text;
    std::optional<qint64> personId;
    QList<QString> keys; // statementKeys(text); fill with prepare()
};

// Fills keys from text.
AlignableQuote prepare(AlignableQuote quote);

struct AlignmentOptions
{
    double threshold = 0.5;
    int minSharedKeys = 2;
    double sameSpeakerBonus = 0.15;
    double otherSpeakerFactor = 0.55; // both speakers known and different
};

// 0..1: how likely a and b report the same statement.
double similarity(const AlignableQuote &a, const AlignableQuote &b,
                  const AlignmentOptions &options = {});

struct QuotePair
{
    int left = 0;  // index into the left list
    int right = 0; // index into the right list
    double score = 0.0;
};

// The best one-to-one matches between two articles' quotations, best first.
QList<QuotePair> alignPair(const QList<AlignableQuote> &left, const QList<AlignableQuote> &right,
                           const AlignmentOptions &options = {});

// A statement as it appears across the compared articles: at most one quotation per article.
struct StatementGroup
{
    QList<qint64> annotationIds;
    double score = 0.0; // the weakest link that joined the group
};

// Groups the quotations of several articles (one list per article) into statements. Every
// quotation ends in exactly one group; a group of one is a statement only that article has.
QList<StatementGroup> alignArticles(const QList<QList<AlignableQuote>> &articles,
                                    const AlignmentOptions &options = {});

} // namespace parallax::align
