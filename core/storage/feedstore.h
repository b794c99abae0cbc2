// News feeds the user subscribed to, and the items of each already seen, so that a refresh
// fetches only new articles and files them under the feed's outlet.
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace parallax {

class ChangeNotifier;
class Database;

struct Feed
{
    qint64 id = 0;
    QString url;
    QString title;
    QString outletName;
    QDateTime addedAt;
    QDateTime refreshedAt; // invalid until the first refresh
    QString lastError;     // empty when the last refresh went well
    int itemCount = 0;     // items seen
    int articleCount = 0;  // of which imported as articles
};

class FeedStore final
{
public:
    explicit FeedStore(const Database &database);

    // Refuses a feed already subscribed (by URL).
    Result<qint64> add(const QString &url, const QString &title, const QString &outletName);
    Result<QList<Feed>> list() const;
    Result<Feed> get(qint64 id) const;
    Status remove(qint64 id);

    Status setRefreshed(qint64 id, const QDateTime &at, const QString &title, const QString &error);
    Result<QSet<QString>> seenItems(qint64 feedId) const;
    // Records an item as seen; articleId is 0 when it gave no article (a failed page).
    Status markSeen(qint64 feedId, const QString &guid, const QString &url, qint64 articleId);

private:
    const Database &m_database;
    QString m_connection;
};

} // namespace parallax
