// Stores articles, their full-text index and their metadata.
#pragma once

#include "domain/article.h"
#include "storage/outletstore.h"
#include "util/result.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace parallax {

class ChangeNotifier;
class Database;

struct InsertOutcome
{
    qint64 id = 0;
    bool duplicate = false; // the body was already in the library, as article id
};

struct SnippetMarkers
{
    QString open = QStringLiteral("**");
    QString close = QStringLiteral("**");
    QString ellipsis = QStringLiteral("…");
};

class ArticleStore final
{
public:
    explicit ArticleStore(const Database &database);
    Q_DISABLE_COPY_MOVE(ArticleStore)

    static QString hashBody(const QString &body);

    // Stores the article and its index row unless its body is already in the library. Writes
    // through the caller's transaction, which must roll back if this fails (the two rows go
    // together), and does not notify: the caller notifies once it has committed.
    Result<InsertOutcome> insert(const Article &article);

    // For bulk writers, the two halves of insert: first every row of a batch, then every index
    // row, in one transaction. Each row statement opens a savepoint, and FTS5 flushes its
    // pending index at every savepoint once it has been written in the transaction; rows
    // first means it flushes once per batch instead of once per article.
    Result<InsertOutcome> insertRow(const Article &article);
    Status addToIndex(qint64 id, const Article &article);

    Result<Article> get(qint64 id) const;
    Result<QList<ArticleSummary>> list() const;
    Result<ArticleSummary> summary(qint64 id) const;
    Result<qint64> count() const;
    Result<std::optional<qint64>> findByHash(const QString &contentHash) const;
    Status updateMetadata(qint64 id, const ArticleMetadataPatch &patch);
    Status setAnalyserVersion(qint64 id, int version);
    Status remove(qint64 id);

    // Best matches first (bm25, titles weighted), each with a snippet of the body. A query that
    // matches more than 2,000 articles is ranked among its 2,000 most recently added matches.
    Result<QList<SearchHit>> search(const QString &userQuery, int limit,
                                    const SnippetMarkers &markers = {}) const;

    // The ids of the best matches, without snippets; userQuery as for search().
    Result<QList<qint64>> matchingIds(const QString &userQuery, int limit) const;

private:
    Result<QList<SearchHit>> rankedMatches(const QString &match, int limit) const;

    const Database &m_database;
    QString m_connection;
    OutletStore m_outlets;
    // Prepared once: imports insert thousands of rows.
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_insertIndex;
};

} // namespace parallax
