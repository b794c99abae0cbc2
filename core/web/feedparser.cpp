#include "web/feedparser.h"

#include "import/metadata.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString resolved(const QString &link, const QUrl &base)
{
    const QUrl url(link.trimmed());
    return base.isValid() && url.isRelative() ? base.resolved(url).toString() : url.toString();
}

void finishItem(FeedItem &item, ParsedFeed &feed)
{
    item.title = item.title.simplified();
    item.author = item.author.simplified();
    item.summary = item.summary.trimmed();
    if (item.guid.trimmed().isEmpty())
        item.guid = item.url;
    item.guid = item.guid.trimmed();
    if (!item.guid.isEmpty() || !item.url.isEmpty())
        feed.items.append(item);
}

} // namespace

Result<ParsedFeed> parseFeed(const QByteArray &xml, const QUrl &base)
{
    QXmlStreamReader reader(xml);
    ParsedFeed feed;
    bool sawFeed = false;
    bool inItem = false;
    FeedItem item;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (!sawFeed) {
                if (name == u"rss" || name == u"feed" || name == u"RDF") {
                    sawFeed = true;
                    continue;
                }
                return makeError(ErrorCode::InvalidInput, u"this is not an RSS or Atom feed"_s);
            }
            if (name == u"item" || name == u"entry") {
                inItem = true;
                item = FeedItem();
                continue;
            }
            if (!inItem) {
                if (name == u"title" && feed.title.isEmpty())
                    feed.title =
                        reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                else if (name == u"link" && feed.siteUrl.isEmpty()) {
                    const QString href = reader.attributes().value(u"href"_s).toString();
                    const QString rel = reader.attributes().value(u"rel"_s).toString();
                    if (!href.isEmpty() && (rel.isEmpty() || rel == "alternate"_L1))
                        feed.siteUrl = resolved(href, base);
                    else if (href.isEmpty())
                        feed.siteUrl = resolved(reader.readElementText(), base);
                }
                continue;
            }
            if (name == u"title") {
                item.title = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"link") {
                const QString href = reader.attributes().value(u"href"_s).toString();
                const QString rel = reader.attributes().value(u"rel"_s).toString();
                if (!href.isEmpty()) {
                    if ((rel.isEmpty() || rel == "alternate"_L1) && item.url.isEmpty())
                        item.url = resolved(href, base);
                } else if (item.url.isEmpty()) {
                    item.url = resolved(reader.readElementText(), base);
                }
            } else if (name == u"guid" || name == u"id") {
                item.guid = reader.readElementText();
            } else if (name == u"pubDate" || name == u"published" ||
                       (name == u"updated" && item.published.isEmpty()) ||
                       (name == u"date" && reader.namespaceUri().contains(u"purl.org/dc"))) {
                const QString text = reader.readElementText().trimmed();
                const QString date = normalizeDate(text);
                item.published = date.isEmpty() ? text : date;
            } else if (name == u"creator" || name == u"author") {
                // Atom wraps the name in <name>; RSS writes an address or a name.
                const QString text =
                    reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
                if (item.author.isEmpty())
                    item.author = text;
            } else if (name == u"description" || name == u"summary" ||
                       (name == u"encoded" && item.summary.isEmpty()) ||
                       (name == u"content" && item.summary.isEmpty())) {
                item.summary = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (reader.isEndElement() &&
                   (reader.name() == u"item" || reader.name() == u"entry")) {
            inItem = false;
            finishItem(item, feed);
        }
    }
    if (reader.hasError()) {
        if (!sawFeed)
            return makeError(ErrorCode::InvalidInput,
                             u"this is not a news feed: %1 (line %2)"_s.arg(reader.errorString())
                                 .arg(reader.lineNumber()));
        if (inItem)
            finishItem(item, feed);
        feed.warning = u"the feed breaks off at line %1 (%2); the items before it were read"_s
                           .arg(reader.lineNumber())
                           .arg(reader.errorString());
    }
    if (!sawFeed)
        return makeError(ErrorCode::InvalidInput, u"this is not an RSS or Atom feed"_s);
    return feed;
}

} // namespace parallax
