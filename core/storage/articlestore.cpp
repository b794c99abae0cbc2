#include "storage/articlestore.h"

#include "storage/articlelistreader.h"
#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlite/ftsquery.h"
#include "storage/sqlite/fulltextsearch.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, u"no article with id %1"_s.arg(id));
}

} // namespace

ArticleStore::ArticleStore(const Database &database)
    : m_database(database), m_connection(database.connectionName()), m_outlets(database)
{}

QString ArticleStore::hashBody(const QString &body)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<InsertOutcome> ArticleStore::insert(const Article &article)
{
    Result<InsertOutcome> row = insertRow(article);
    if (row && !row->duplicate) {
        if (Status indexed = addToIndex(row->id, article); !indexed)
            return indexed.error();
    }
    return row;
}

Result<InsertOutcome> ArticleStore::insertRow(const Article &article)
{
    if (article.title.trimmed().isEmpty() && article.body.trimmed().isEmpty())
        return makeError(ErrorCode::Empty, u"the article has neither title nor text"_s);
    const QString hash =
        article.contentHash.isEmpty() ? hashBody(article.body) : article.contentHash;
    std::optional<qint64> outletId = article.outletId;
    if (!outletId && !article.outletName.trimmed().isEmpty()) {
        const Result<qint64> outlet =
            m_outlets.ensure(article.outletName, QUrl(article.url).host());
        if (!outlet)
            return outlet.error();
        outletId = *outlet;
    }
    if (!m_insert) {
        auto prepared = sql::prepare(m_connection, uR"(
            INSERT INTO articles(title, outlet_id, author, url, published, language, content_hash,
                                 source_path, imported_at, analyser_version, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(content_hash) DO NOTHING
            RETURNING id)"_s);
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    QSqlQuery &query = *m_insert;
    query.addBindValue(sql::text(article.title));
    query.addBindValue(sql::orNull(outletId));
    query.addBindValue(sql::textOrNull(article.author));
    query.addBindValue(sql::textOrNull(article.url));
    query.addBindValue(sql::textOrNull(article.published));
    query.addBindValue(sql::textOrNull(article.language));
    query.addBindValue(hash);
    query.addBindValue(sql::textOrNull(article.sourcePath));
    query.addBindValue(article.importedAt.isValid()
                           ? article.importedAt.toUTC().toString(Qt::ISODateWithMs)
                           : nowIso());
    query.addBindValue(sql::orNull(article.analyserVersion));
    query.addBindValue(sql::text(article.body));
    if (Status done = sql::exec(query, u"cannot store article"_s); !done)
        return done.error();
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        recordChange(m_connection, [id](ChangeSet &c) { c.articlesAdded.append(id); });
        return InsertOutcome{id, false};
    }
    query.finish();
    const Result<std::optional<qint64>> existing = findByHash(hash);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::Sql, u"the article was neither stored nor found"_s);
    return InsertOutcome{**existing, true};
}

Status ArticleStore::addToIndex(qint64 id, const Article &article)
{
    if (!m_insertIndex) {
        auto prepared = sql::prepare(
            m_connection, u"INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        m_insertIndex = std::move(prepared).value();
    }
    m_insertIndex->addBindValue(id);
    m_insertIndex->addBindValue(sql::text(article.title));
    m_insertIndex->addBindValue(sql::text(article.body));
    Status done = sql::exec(*m_insertIndex, u"cannot index article"_s);
    m_insertIndex->finish();
    return done;
}

Result<Article> ArticleStore::get(qint64 id) const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT a.id, a.title, a.outlet_id, o.name, a.author, a.url, a.published, a.language,
               a.content_hash, a.source_path, a.imported_at, a.analyser_version, a.body
        FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read article"_s); !done)
        return done.error();
    if (!query->next())
        return notFound(id);
    Article a;
    a.id = query->value(0).toLongLong();
    a.title = query->value(1).toString();
    a.outletId = sql::optionalId(query->value(2));
    a.outletName = query->value(3).toString();
    a.author = query->value(4).toString();
    a.url = query->value(5).toString();
    a.published = query->value(6).toString();
    a.language = query->value(7).toString();
    a.contentHash = query->value(8).toString();
    a.sourcePath = query->value(9).toString();
    a.importedAt = QDateTime::fromString(query->value(10).toString(), Qt::ISODateWithMs);
    if (!query->value(11).isNull())
        a.analyserVersion = query->value(11).toInt();
    a.body = query->value(12).toString();
    return a;
}

Result<QList<ArticleSummary>> ArticleStore::list() const
{
    return readArticleList(m_database);
}

Result<ArticleSummary> ArticleStore::summary(qint64 id) const
{
    // The counts come from article_stats, which triggers keep in step with the annotations.
    auto query = sql::prepare(m_connection, uR"(
        SELECT a.id, a.title, o.name, a.author, a.url, a.published, a.language, a.imported_at,
               coalesce(c.quotes, 0), coalesce(c.places, 0)
        FROM articles a
        LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN article_stats c ON c.article_id = a.id
        WHERE a.id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read article"_s); !done)
        return done.error();
    if (!query->next())
        return notFound(id);
    ArticleSummary s;
    s.id = query->value(0).toLongLong();
    s.title = query->value(1).toString();
    s.outletName = query->value(2).toString();
    s.author = query->value(3).toString();
    s.url = query->value(4).toString();
    s.published = query->value(5).toString();
    s.language = query->value(6).toString();
    s.importedAt = parseStoredTimestamp(query->value(7).toString());
    s.quoteCount = query->value(8).toInt();
    s.placeCount = query->value(9).toInt();
    return s;
}

Result<qint64> ArticleStore::count() const
{
    auto query = sql::prepare(m_connection, u"SELECT count(*) FROM articles"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot count articles"_s); !done)
        return done.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<std::optional<qint64>> ArticleStore::findByHash(const QString &contentHash) const
{
    auto query = sql::prepare(m_connection, u"SELECT id FROM articles WHERE content_hash = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(contentHash);
    if (Status done = sql::exec(*query, u"cannot look up article"_s); !done)
        return done.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Status ArticleStore::updateMetadata(qint64 id, const ArticleMetadataPatch &patch)
{
    if (patch.title && patch.title->trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, u"the title cannot be empty"_s);
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    const Result<Article> current = get(id);
    if (!current)
        return current.error();
    std::optional<qint64> outletId = current->outletId;
    if (patch.outletName) {
        outletId.reset();
        if (!patch.outletName->trimmed().isEmpty()) {
            const Result<qint64> outlet = m_outlets.ensure(*patch.outletName);
            if (!outlet)
                return outlet.error();
            outletId = *outlet;
        }
    }
    auto query = sql::prepare(m_connection, uR"(
        UPDATE articles SET title = ?, outlet_id = ?, author = ?, url = ?, published = ?,
                            language = ?
        WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(patch.title.value_or(current->title).trimmed());
    query->addBindValue(sql::orNull(outletId));
    query->addBindValue(sql::textOrNull(patch.author.value_or(current->author)));
    query->addBindValue(sql::textOrNull(patch.url.value_or(current->url)));
    query->addBindValue(sql::textOrNull(patch.published.value_or(current->published)));
    query->addBindValue(sql::textOrNull(patch.language.value_or(current->language)));
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot update article"_s); !done)
        return done;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    recordChange(m_connection, [article = id](ChangeSet &c) { c.articlesUpdated.append(article); });
    return {};
}

Status ArticleStore::setAnalyserVersion(qint64 id, int version)
{
    auto query =
        sql::prepare(m_connection, u"UPDATE articles SET analyser_version = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(version);
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot update article"_s); !done)
        return done;
    return query->numRowsAffected() > 0 ? Status() : Status(notFound(id));
}

Status ArticleStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM articles WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove article"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(id);
    recordChange(m_connection, [article = id](ChangeSet &c) {
        c.articlesRemoved.append(article);
        c.claims = c.notes = true;
    });
    return {};
}

Result<QList<SearchHit>> ArticleStore::rankedMatches(const QString &match, int limit) const
{
    auto rows = sqlite::rankArticleMatches(m_connection, match, limit);
    if (!rows)
        return rows.error();
    QList<SearchHit> hits;
    for (const sqlite::RankedRow &row : std::as_const(*rows)) {
        SearchHit hit;
        hit.articleId = row.rowid;
        hit.score = row.rank;
        hits.append(hit);
    }
    return hits;
}

Result<QList<qint64>> ArticleStore::matchingIds(const QString &userQuery, int limit) const
{
    const QString match = ftsMatchExpression(userQuery);
    if (match.isEmpty())
        return QList<qint64>();
    auto hits = rankedMatches(match, limit);
    if (!hits)
        return hits.error();
    QList<qint64> ids;
    for (const SearchHit &hit : *hits)
        ids.append(hit.articleId);
    return ids;
}

Result<QList<SearchHit>> ArticleStore::search(const QString &userQuery, int limit,
                                              const SnippetMarkers &markers) const
{
    const QString match = ftsMatchExpression(userQuery);
    if (match.isEmpty())
        return QList<SearchHit>();
    auto ranked = rankedMatches(match, limit);
    if (!ranked)
        return ranked.error();
    QList<SearchHit> hits = std::move(ranked).value();
    auto detail = sql::prepare(m_connection, sqlite::articleSnippetStatement());
    if (!detail)
        return detail.error();
    for (SearchHit &hit : hits) {
        detail->addBindValue(markers.open);
        detail->addBindValue(markers.close);
        detail->addBindValue(markers.ellipsis);
        detail->addBindValue(match);
        detail->addBindValue(hit.articleId);
        if (Status done = sql::exec(*detail, u"cannot build search snippet"_s); !done)
            return done.error();
        if (detail->next()) {
            hit.title = detail->value(0).toString();
            hit.outletName = detail->value(1).toString();
            hit.published = detail->value(2).toString();
            hit.snippet = detail->value(3).toString();
        }
        detail->finish();
    }
    return hits;
}

} // namespace parallax
