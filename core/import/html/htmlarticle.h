// Reads an article out of an HTML page: metadata from meta tags, and the readable body text
// without scripts, styles, navigation or other page furniture.
#pragma once

#include <QByteArray>
#include <QString>

namespace parallax {

struct HtmlArticle
{
    QString title;
    QString siteName;
    QString author;
    QString published; // as written in the page
    QString url;
    QString language;
    QString body; // one paragraph per line
};

HtmlArticle extractHtmlArticle(const QString &html);

// The charset a page declares in <meta charset> or http-equiv, read from the raw bytes.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

} // namespace parallax
