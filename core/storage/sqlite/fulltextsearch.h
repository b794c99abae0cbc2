// The library's full-text searches in SQLite's FTS5 dialect: ranking articles that match an
// expression (made by ftsquery.h), their snippets, and the notes that match.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace parallax::sqlite {

struct RankedRow
{
    qint64 rowid = 0;
    double rank = 0; // lower is better
};

// The best limit articles for match. bm25 reads each match's column sizes, so ranking a word
// found in half of a large library is slow: broad queries are ranked within their most
// recent 2000 matches, which FTS5 finds by walking its doclists in rowid order.
Result<QList<RankedRow>> rankArticleMatches(const QString &connectionName, const QString &match,
                                            int limit);

// A statement giving title, outlet, published and a snippet of the article ?5 where it
// matches ?4; ?1, ?2 and ?3 are the snippet's opening and closing marks and its ellipsis.
QString articleSnippetStatement();

// Appended to a select of notes aliased n: keeps those matching ?1, best first, at most ?2.
QString noteMatchClause();

} // namespace parallax::sqlite
