#include "storage/articlesourcestore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {

ArticleSourceStore::ArticleSourceStore(const Database &database)
    : m_connection(database.connectionName())
{}

Status ArticleSourceStore::save(qint64 articleId, const ArticleSource &source)
{
    auto query = sql::prepare(m_connection, uR"(
        INSERT OR REPLACE INTO article_sources(article_id, fetched_url, fetched_at, content_type, original)
        VALUES (?, ?, ?, ?, ?))"_s);
    if (!query)
        return query.error();
    query->addBindValue(articleId);
    query->addBindValue(source.fetchedUrl);
    query->addBindValue(source.fetchedAt.toUTC().toString(Qt::ISODate));
    query->addBindValue(sql::textOrNull(source.contentType));
    query->addBindValue(source.original);
    return sql::exec(*query, u"cannot keep the fetched page"_s);
}

Result<std::optional<ArticleSource>> ArticleSourceStore::get(qint64 articleId) const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT fetched_url, fetched_at, content_type, original FROM article_sources WHERE article_id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(articleId);
    if (Status done = sql::exec(*query, u"cannot read the fetched page"_s); !done)
        return done.error();
    if (!query->next())
        return std::optional<ArticleSource>();
    ArticleSource source;
    source.fetchedUrl = query->value(0).toString();
    source.fetchedAt = QDateTime::fromString(query->value(1).toString(), Qt::ISODate);
    source.contentType = query->value(2).toString();
    source.original = query->value(3).toByteArray();
    return std::optional<ArticleSource>(source);
}

Result<std::optional<qint64>> ArticleSourceStore::findByUrl(const QString &url) const
{
    if (url.trimmed().isEmpty())
        return std::optional<qint64>();
    auto query = sql::prepare(m_connection, uR"(
        SELECT id FROM articles WHERE url = ?
        UNION ALL SELECT article_id FROM article_sources WHERE fetched_url = ? LIMIT 1)"_s);
    if (!query)
        return query.error();
    query->addBindValue(url.trimmed());
    query->addBindValue(url.trimmed());
    if (Status done = sql::exec(*query, u"cannot look up the URL"_s); !done)
        return done.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

} // namespace parallax
