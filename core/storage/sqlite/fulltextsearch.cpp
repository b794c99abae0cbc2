#include "storage/sqlite/fulltextsearch.h"

#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax::sqlite {
namespace {

constexpr int kRankWindow = 2000;

} // namespace

Result<QList<RankedRow>> rankArticleMatches(const QString &connectionName, const QString &match,
                                            int limit)
{
    auto window = sql::prepare(connectionName, uR"(
        SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
        ORDER BY rowid DESC LIMIT 1 OFFSET ?)"_s);
    if (!window)
        return window.error();
    window->addBindValue(match);
    window->addBindValue(kRankWindow - 1);
    if (Status done = sql::exec(*window, u"cannot search"_s); !done)
        return done.error();
    const qint64 oldestRanked = window->next() ? window->value(0).toLongLong() : 0;
    window->finish();

    // Rank with the cheap rowid-only scan; callers fetch details only for the rows shown.
    auto ranked = sql::prepare(connectionName, uR"(
        SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?
        ORDER BY rank LIMIT ?)"_s);
    if (!ranked)
        return ranked.error();
    ranked->addBindValue(match);
    ranked->addBindValue(oldestRanked);
    ranked->addBindValue(qMax(1, limit));
    if (Status done = sql::exec(*ranked, u"cannot search"_s); !done)
        return done.error();
    QList<RankedRow> rows;
    while (ranked->next())
        rows.append({ranked->value(0).toLongLong(), ranked->value(1).toDouble()});
    return rows;
}

QString articleSnippetStatement()
{
    return uR"(
        SELECT a.title, o.name, a.published, snippet(articles_fts, -1, ?, ?, ?, 16)
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE articles_fts MATCH ? AND articles_fts.rowid = ?)"_s;
}

QString noteMatchClause()
{
    return uR"(
        JOIN notes_fts ON notes_fts.rowid = n.id
        WHERE notes_fts MATCH ? ORDER BY notes_fts.rank LIMIT ?)"_s;
}

} // namespace parallax::sqlite
