// What a page says about its article, from every place pages put it, best first: JSON-LD
// (NewsArticle, Article, BlogPosting…, also inside @graph), OpenGraph and Twitter cards,
// <meta> names (author, article:author, byl, dc.*, parsely-*, sailthru.*), microdata
// (itemprop), <time datetime>, and the visible byline. The title loses the site's name and
// kickers, checked against the page's <h1>; the outlet is the publisher, else the site's
// name, else the domain of the canonical URL.
#pragma once

#include "import/html/htmltree.h"

#include <QString>

namespace parallax {

struct PageMetadata
{
    QString title;
    QString siteName;
    QString author;
    QString published; // as the page writes it
    QString url;       // the canonical URL
    QString language;
    QString articleBody; // the text JSON-LD gives, for pages that build theirs with scripts
};

PageMetadata readPageMetadata(const HtmlTree &tree);

// "Headline | Site", "Site - Headline", "Section: Headline": the headline, given the page's
// <h1> and the site's name when known.
QString cleanPageTitle(const QString &title, const QString &heading, const QString &siteName);

} // namespace parallax
