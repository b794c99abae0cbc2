// Reads a news feed: RSS 2.0 (and RSS 1.0/RDF) and Atom. Items keep their identity (guid or
// id, else the link), link, title, date, author and summary. Broken XML gives what was read
// before the break and says so.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace parallax {

struct FeedItem
{
    QString guid;
    QString url;
    QString title;
    QString published; // ISO 8601 where the feed's date could be read
    QString author;
    QString summary;
};

struct ParsedFeed
{
    QString title;
    QString siteUrl;
    QList<FeedItem> items;
    QString warning; // set when the XML broke off
};

// base resolves relative links.
Result<ParsedFeed> parseFeed(const QByteArray &xml, const QUrl &base = {});

} // namespace parallax
