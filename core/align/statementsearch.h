// "Find this statement in other articles": the library's quotations that report the same
// statement as a given one, found through the full-text index and ranked by the aligner.
#pragma once

#include "align/quotealigner.h"
#include "util/result.h"

#include <QList>

namespace parallax {
class Database;
}

namespace parallax::align {

struct StatementMatch
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    QString text;
    std::optional<qint64> personId;
    double score = 0.0;
};

struct StatementSearchOptions
{
    int candidateArticles = 150; // articles ranked by the index whose quotations are scored
    int maxTerms = 12;           // the longest distinct words of the quotation are searched
    AlignmentOptions alignment;
};

// Best first, the quotation itself and others in its own article left out.
Result<QList<StatementMatch>> findStatement(const Database &database, const AlignableQuote &quote,
                                            const StatementSearchOptions &options = {});

// The full-text query findStatement runs: the quotation's longest content words as prefixes,
// ORed. Empty when the quotation has no content word.
QString statementQuery(const QString &text, int maxTerms);

} // namespace parallax::align
