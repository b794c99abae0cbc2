// The article a page describes in JSON-LD (schema.org NewsArticle, Article, BlogPosting and
// their kin, at the top level, in arrays or inside @graph): headline, authors, date,
// publisher, URL and language. Pages often write JSON that is not quite valid (raw line
// breaks inside strings, comment markers around it); what can be read is read.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace parallax {

struct JsonLdArticle
{
    QString headline;
    QString author;             // people, several joined with ", "
    QString authorOrganisation; // when the author is a body, not a person
    QString pageDate; // datePublished of a WebPage or other object, when no article has one
    QString published;
    QString publisher;
    QString website; // the name of a WebSite object, when there is one
    QString url;
    QString language;
    QString articleBody; // pages that build their text with scripts often give it here

    // Reads one <script type="application/ld+json">; the first article found fills each field.
    void read(const QString &json);

private:
    void visit(const QJsonValue &value, int depth);
    void take(const QJsonObject &article);
    bool m_found = false;
};

} // namespace parallax
