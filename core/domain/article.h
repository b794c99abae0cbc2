// Value types for news articles and the outlets that publish them.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace parallax {

struct Outlet
{
    qint64 id = 0;
    QString name;
    QString domain;
};

struct Article
{
    qint64 id = 0;
    QString title;
    std::optional<qint64> outletId;
    QString outletName; // filled on read; on write the outlet is resolved by name
    QString author;
    QString url;
    QString published;   // ISO 8601 date or date-time, as found in the source
    QString language;    // BCP 47 primary tag such as "en", "ru", "uk"; empty when unknown
    QString body;        // normalised text: NFC, LF line ends, paragraphs separated by blank lines
    QString contentHash; // SHA-256 hex of the body; identical bodies are duplicates
    QString sourcePath;
    QDateTime importedAt;
    std::optional<int> analyserVersion;
};

// One row of the article list: everything but the body.
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString outletName;
    QString author;
    QString url;
    QString published;
    QString language;
    qsizetype bodyLength = 0;
    int quoteCount = 0;
    int placeCount = 0;
    QDateTime importedAt;
};

// The editable metadata of an article; unset fields are left as they are.
struct ArticleMetadataPatch
{
    std::optional<QString> title;
    std::optional<QString> outletName;
    std::optional<QString> author;
    std::optional<QString> url;
    std::optional<QString> published;
    std::optional<QString> language;

    bool isEmpty() const
    {
        return !title && !outletName && !author && !url && !published && !language;
    }
};

struct SearchHit
{
    qint64 articleId = 0;
    QString title;
    QString outletName;
    QString published;
    QString snippet;
    double score = 0.0;  // bm25: lower is better
    bool isNote = false; // a note matched; snippet is its text
};

} // namespace parallax
