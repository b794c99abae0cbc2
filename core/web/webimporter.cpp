#include "web/webimporter.h"

#include "import/articlereader.h"
#include "storage/feedstore.h"
#include "util/logging.h"
#include "web/feedparser.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace parallax {

WebImporter::WebImporter(const Database &database, FetchOptions options)
    : m_database(database), m_options(options)
{}

Importer::Parsed WebImporter::readPage(const QString &url, const std::atomic_bool *cancel) const
{
    Importer::Parsed parsed{url, makeError(ErrorCode::Io, QString()), {}, std::nullopt};
    Result<FetchedPage> page = fetchUrl(QUrl(url.trimmed()), FetchKind::Page, m_options, cancel);
    if (!page) {
        parsed.article = page.error();
        return parsed;
    }
    const ArticleFormat format =
        page->contentType == "text/plain"_L1 ? ArticleFormat::PlainText : ArticleFormat::Html;
    parsed.article = parseArticle(page->body, format);
    if (!parsed.article)
        return parsed;
    Article &article = *parsed.article;
    if (article.url.isEmpty())
        article.url = page->url.toString();
    article.sourcePath = url.trimmed();
    parsed.source =
        ArticleSource{page->url.toString(), page->fetchedAt, page->contentType, page->body};
    return parsed;
}

ImportReport WebImporter::importUrls(const QStringList &urls, const Progress &progress,
                                     const std::atomic_bool *cancel)
{
    std::vector<Importer::Parsed> pages;
    ImportReport report;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            for (qsizetype j = i; j < urls.size(); ++j)
                report.files.append({urls.at(j),
                                     ImportOutcome::Failed,
                                     0,
                                     {},
                                     u"not imported: the import was cancelled"_s});
            break;
        }
        if (progress)
            progress(i, urls.size(), urls.at(i));
        pages.push_back(readPage(urls.at(i), cancel));
    }
    if (progress)
        progress(urls.size(), urls.size(), QString());
    ImportReport stored = Importer(m_database).store(std::move(pages));
    stored.files.append(report.files);
    stored.cancelled = report.cancelled;
    return stored;
}

QList<FeedRefreshResult> WebImporter::refreshFeeds(const QList<qint64> &feedIds,
                                                   const Progress &progress,
                                                   const std::atomic_bool *cancel)
{
    FeedStore feeds(m_database);
    QList<Feed> chosen;
    if (Result<QList<Feed>> all = feeds.list()) {
        for (const Feed &feed : std::as_const(*all))
            if (feedIds.isEmpty() || feedIds.contains(feed.id))
                chosen.append(feed);
    }
    QList<FeedRefreshResult> results;
    for (qsizetype f = 0; f < chosen.size(); ++f) {
        const Feed &feed = chosen.at(f);
        FeedRefreshResult result;
        result.feedId = feed.id;
        result.feedTitle = feed.title.isEmpty() ? feed.url : feed.title;
        if (cancel && cancel->load()) {
            result.error = u"cancelled"_s;
            results.append(result);
            continue;
        }
        if (progress)
            progress(f, chosen.size(), feed.url);
        Result<FetchedPage> fetched = fetchUrl(QUrl(feed.url), FetchKind::Feed, m_options, cancel);
        Result<ParsedFeed> parsed =
            fetched ? parseFeed(fetched->body, fetched->url) : Result<ParsedFeed>(fetched.error());
        if (!parsed) {
            result.error = parsed.error().message;
            (void)feeds.setRefreshed(feed.id, QDateTime::currentDateTimeUtc(), QString(),
                                     result.error);
            results.append(result);
            continue;
        }
        result.warning = parsed->warning;
        if (feed.title.isEmpty() && !parsed->title.isEmpty())
            result.feedTitle = parsed->title;
        const Result<QSet<QString>> known = feeds.seenItems(feed.id);
        const QSet<QString> seen = known ? *known : QSet<QString>();
        std::vector<Importer::Parsed> pages;
        QList<FeedItem> fresh;
        for (const FeedItem &item : std::as_const(parsed->items)) {
            if (seen.contains(item.guid) || (!item.url.isEmpty() && seen.contains(item.url)))
                continue;
            if (cancel && cancel->load())
                break;
            if (progress)
                progress(f, chosen.size(), item.url);
            Importer::Parsed page = readPage(item.url, cancel);
            if (page.article) {
                Article &article = *page.article;
                // Filed under the feed's outlet; what the page does not say, the feed does.
                if (!feed.outletName.isEmpty())
                    article.outletName = feed.outletName;
                if (article.published.isEmpty())
                    article.published = item.published;
                if (article.author.isEmpty())
                    article.author = item.author;
                if (article.title.isEmpty())
                    article.title = item.title;
            }
            pages.push_back(std::move(page));
            fresh.append(item);
        }
        result.newItems = int(fresh.size());
        result.report = Importer(m_database).store(std::move(pages));
        // Items whose page came in (or was already here) are seen; a failed one is tried again.
        QHash<QString, qint64> byPath;
        for (const FileImportResult &file : std::as_const(result.report.files))
            if (file.outcome == ImportOutcome::Imported || file.outcome == ImportOutcome::Duplicate)
                byPath.insert(file.path, file.articleId);
        for (const FeedItem &item : std::as_const(fresh))
            if (byPath.contains(item.url))
                (void)feeds.markSeen(feed.id, item.guid, item.url, byPath.value(item.url));
        (void)feeds.setRefreshed(feed.id, QDateTime::currentDateTimeUtc(), parsed->title,
                                 result.warning);
        results.append(result);
    }
    if (progress)
        progress(chosen.size(), chosen.size(), QString());
    return results;
}

} // namespace parallax
