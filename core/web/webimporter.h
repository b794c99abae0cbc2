// Articles from the web: pages fetched by URL, and the new items of subscribed news feeds.
// Each page is fetched, its article extracted as saved pages are, analysed and stored with
// the page as it came; a page the library already has (by canonical URL, fetched URL or
// text) is a duplicate. One failing page or feed is reported and the others go on.
#pragma once

#include "import/importer.h"
#include "web/webfetcher.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace parallax {

class Database;

struct FeedRefreshResult
{
    qint64 feedId = 0;
    QString feedTitle;
    int newItems = 0;
    ImportReport report; // one line per new item
    QString error;       // the feed itself could not be read
    QString warning;     // the feed was read in part
};

class WebImporter final
{
public:
    // done of total steps (pages or feeds), with what is being fetched.
    using Progress = std::function<void(qsizetype done, qsizetype total, const QString &current)>;

    explicit WebImporter(const Database &database, FetchOptions options = {});

    ImportReport importUrls(const QStringList &urls, const Progress &progress = {},
                            const std::atomic_bool *cancel = nullptr);
    // Every feed when feedIds is empty.
    QList<FeedRefreshResult> refreshFeeds(const QList<qint64> &feedIds,
                                          const Progress &progress = {},
                                          const std::atomic_bool *cancel = nullptr);

private:
    Importer::Parsed readPage(const QString &url, const std::atomic_bool *cancel) const;

    const Database &m_database;
    FetchOptions m_options;
};

} // namespace parallax
