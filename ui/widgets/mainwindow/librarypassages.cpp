#include "mainwindow/librarypassages.h"

#include "align/statementsearch.h"
#include "storage/articlestore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

Result<QList<LibraryPassage>> mentionPassages(const Database &library, FacetKind kind, qint64 id)
{
    auto hits = FacetStore(library).mentionsOf(kind, id, 2000);
    if (!hits)
        return hits.error();
    QList<LibraryPassage> passages;
    for (const MentionHit &hit : *hits)
        passages.append(
            {hit.articleId, hit.annotationId,
             u"%1 — %2 %3"_s.arg(hit.articleTitle, hit.outletName, hit.published.left(10)),
             hit.prefix + u'[' + hit.exact + u']' + hit.suffix});
    return passages;
}

Result<QList<LibraryPassage>> statementPassages(const Database &library, const Annotation &quote)
{
    auto matches =
        align::findStatement(library, {quote.id, quote.articleId, quote.exact, quote.personId, {}});
    if (!matches)
        return matches.error();
    QList<LibraryPassage> passages;
    const ArticleStore articles(library);
    for (const align::StatementMatch &match : *matches) {
        auto summary = articles.summary(match.articleId);
        const QString heading = summary ? u"%1 — %2 %3"_s.arg(summary->title, summary->outletName,
                                                              summary->published.left(10))
                                        : QString();
        passages.append({match.articleId, match.annotationId,
                         QCoreApplication::translate("LibraryPassages", "%1 (similarity %2)")
                             .arg(heading)
                             .arg(match.score, 0, 'f', 2),
                         match.text});
    }
    return passages;
}

} // namespace parallax
