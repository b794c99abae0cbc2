#include "align/quotealigner.h"

#include "align/statementkey.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace parallax::align {

namespace {

int sharedCount(const QList<QString> &a, const QList<QString> &b)
{
    int shared = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

struct Candidate
{
    int article = 0;
    int index = 0;
    int otherArticle = 0;
    int otherIndex = 0;
    double score = 0.0;
};

} // namespace

AlignableQuote prepare(AlignableQuote quote)
{
    quote.keys = statementKeys(quote.text);
    return quote;
}

double similarity(const AlignableQuote &a, const AlignableQuote &b, const AlignmentOptions &options)
{
    if (a.keys.isEmpty() || b.keys.isEmpty())
        return 0.0;
    const int shared = sharedCount(a.keys, b.keys);
    if (shared < std::min<qsizetype>(options.minSharedKeys, std::min(a.keys.size(), b.keys.size())))
        return 0.0;
    const double sizeA = double(a.keys.size());
    const double sizeB = double(b.keys.size());
    // Cosine rewards whole-statement matches; containment lets a partial quotation match the
    // longer one it was cut from.
    const double cosine = shared / std::sqrt(sizeA * sizeB);
    const double containment = shared / std::min(sizeA, sizeB);
    double score = 0.6 * cosine + 0.4 * containment;
    if (a.personId && b.personId) {
        if (*a.personId == *b.personId)
            score += options.sameSpeakerBonus;
        else
            score *= options.otherSpeakerFactor;
    }
    return std::min(score, 1.0);
}

QList<QuotePair> alignPair(const QList<AlignableQuote> &left, const QList<AlignableQuote> &right,
                           const AlignmentOptions &options)
{
    QList<QuotePair> candidates;
    for (int i = 0; i < left.size(); ++i)
        for (int j = 0; j < right.size(); ++j)
            if (const double score = similarity(left.at(i), right.at(j), options);
                score >= options.threshold)
                candidates.append({i, j, score});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const QuotePair &a, const QuotePair &b) { return a.score > b.score; });
    QList<bool> leftTaken(left.size(), false);
    QList<bool> rightTaken(right.size(), false);
    QList<QuotePair> matches;
    for (const QuotePair &pair : candidates) {
        if (leftTaken.at(pair.left) || rightTaken.at(pair.right))
            continue;
        leftTaken[pair.left] = true;
        rightTaken[pair.right] = true;
        matches.append(pair);
    }
    return matches;
}

QList<StatementGroup> alignArticles(const QList<QList<AlignableQuote>> &articles,
                                    const AlignmentOptions &options)
{
    // Each quotation starts as its own group; the strongest cross-article pairs join groups,
    // as long as the joined group still has at most one quotation per article.
    QList<int> offsets;
    int total = 0;
    for (const auto &quotes : articles) {
        offsets.append(total);
        total += int(quotes.size());
    }
    QList<int> parent(total);
    std::iota(parent.begin(), parent.end(), 0);
    QList<quint32> articlesIn(total, 0); // bit per article
    QList<double> weakest(total, 1.0);
    for (int a = 0; a < articles.size(); ++a)
        for (int i = 0; i < articles.at(a).size(); ++i)
            articlesIn[offsets.at(a) + i] = quint32(1) << (a % 32);
    auto root = [&parent](int node) {
        while (parent.at(node) != node)
            node = parent[node] = parent.at(parent.at(node));
        return node;
    };

    QList<Candidate> candidates;
    for (int a = 0; a < articles.size(); ++a)
        for (int b = a + 1; b < articles.size(); ++b)
            for (const QuotePair &pair : alignPair(articles.at(a), articles.at(b), options))
                candidates.append({a, pair.left, b, pair.right, pair.score});
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) { return x.score > y.score; });
    for (const Candidate &c : candidates) {
        const int x = root(offsets.at(c.article) + c.index);
        const int y = root(offsets.at(c.otherArticle) + c.otherIndex);
        if (x == y || (articlesIn.at(x) & articlesIn.at(y)) != 0)
            continue;
        parent[y] = x;
        articlesIn[x] |= articlesIn.at(y);
        weakest[x] = std::min({weakest.at(x), weakest.at(y), c.score});
    }

    QHash<int, int> groupOfRoot;
    QList<StatementGroup> groups;
    for (int a = 0; a < articles.size(); ++a) {
        for (int i = 0; i < articles.at(a).size(); ++i) {
            const int r = root(offsets.at(a) + i);
            auto found = groupOfRoot.constFind(r);
            if (found == groupOfRoot.cend()) {
                found = groupOfRoot.insert(r, int(groups.size()));
                groups.append({{}, weakest.at(r)});
            }
            groups[*found].annotationIds.append(articles.at(a).at(i).annotationId);
        }
    }
    for (StatementGroup &group : groups)
        if (group.annotationIds.size() < 2)
            group.score = 0.0;
    return groups;
}

} // namespace parallax::align
