// Reads one article file (.txt, .md, .html, .htm) into an Article, without touching a library.
#pragma once

#include "domain/article.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace parallax {

enum class ArticleFormat
{
    PlainText,
    Markdown,
    Html
};

constexpr qint64 kDefaultMaxFileBytes = 20LL * 1024 * 1024;

// The format for a file name, by its suffix; nullopt when Parallax does not read that type.
std::optional<ArticleFormat> articleFormatFor(const QString &path);

// Decodes, normalises and splits the bytes into title, body and metadata, and hashes the body.
Result<Article> parseArticle(const QByteArray &bytes, ArticleFormat format);

// Reads the file at path (at most maxBytes) and parses it; sourcePath is set on success.
Result<Article> readArticleFile(const QString &path, qint64 maxBytes = kDefaultMaxFileBytes);

} // namespace parallax
