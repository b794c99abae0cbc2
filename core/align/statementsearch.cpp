#include "align/statementsearch.h"

#include "align/statementkey.h"
#include "analysis/textfold.h"
#include "analysis/tokens.h"
#include "domain/annotation.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::align {

namespace {

// Long words are searched by their first letters, which keeps the query tolerant of
// inflection ("withdraw*" finds "withdrawal"); short ones as they are, since a short prefix
// expands to hundreds of index terms and slows the query down.
constexpr qsizetype kPrefixLength = 7;
constexpr qsizetype kMinWordLength = 4;

} // namespace

QString statementQuery(const QString &text, int maxTerms)
{
    QStringList words;
    QSet<QString> seen;
    for (const KeyedWord &word : keyedWords(text)) {
        if (word.key.isEmpty() || word.end - word.start < kMinWordLength)
            continue;
        const QString folded =
            analysis::foldText(QStringView(text).sliced(word.start, word.end - word.start));
        const QString prefix = folded.left(kPrefixLength - 2);
        if (!seen.contains(prefix)) {
            seen.insert(prefix);
            words.append(folded);
        }
    }
    // Longer words are rarer and say more about the statement.
    std::stable_sort(words.begin(), words.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    words = words.mid(0, maxTerms);
    for (QString &word : words)
        word = word.size() > kPrefixLength ? word.left(kPrefixLength) + u'*' : word;
    return words.join(u" OR "_s);
}

Result<QList<StatementMatch>> findStatement(const Database &database, const AlignableQuote &quote,
                                            const StatementSearchOptions &options)
{
    const QString query = statementQuery(quote.text, options.maxTerms);
    if (query.isEmpty())
        return QList<StatementMatch>();
    auto articleIds = ArticleStore(database).matchingIds(query, options.candidateArticles);
    if (!articleIds)
        return articleIds.error();
    articleIds->removeAll(quote.articleId);
    auto quotes = AnnotationStore(database).ofKindIn(*articleIds, AnnotationKind::Quote);
    if (!quotes)
        return quotes.error();

    const AlignableQuote source = quote.keys.isEmpty() ? prepare(quote) : quote;
    // One match per article: its best-scoring quotation.
    QHash<qint64, StatementMatch> best;
    for (const Annotation &annotation : *quotes) {
        const AlignableQuote candidate = prepare(
            {annotation.id, annotation.articleId, annotation.exact, annotation.personId, {}});
        const double score = similarity(source, candidate, options.alignment);
        if (score < options.alignment.threshold)
            continue;
        auto found = best.find(annotation.articleId);
        if (found == best.end() || found->score < score)
            best.insert(annotation.articleId, {annotation.id, annotation.articleId,
                                               annotation.exact, annotation.personId, score});
    }
    QList<StatementMatch> matches = best.values();
    std::sort(matches.begin(), matches.end(), [](const StatementMatch &a, const StatementMatch &b) {
        return a.score != b.score ? a.score > b.score : a.annotationId < b.annotationId;
    });
    return matches;
}

} // namespace parallax::align
