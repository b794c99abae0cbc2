// The page an article was fetched from, kept as it came (bytes, type, URL and time), so the
// article can be checked against its source or extracted again.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace parallax {

class Database;

struct ArticleSource
{
    QString fetchedUrl; // after redirects
    QDateTime fetchedAt;
    QString contentType;
    QByteArray original;
};

class ArticleSourceStore final
{
public:
    explicit ArticleSourceStore(const Database &database);

    // Runs inside the caller's transaction when there is one (the import's).
    Status save(qint64 articleId, const ArticleSource &source);
    Result<std::optional<ArticleSource>> get(qint64 articleId) const;
    // The article already in the library under this URL, as its canonical URL or as the
    // address it was fetched from.
    Result<std::optional<qint64>> findByUrl(const QString &url) const;

private:
    QString m_connection;
};

} // namespace parallax
