#include "storage/feedstore.h"

#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/outletstore.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

FeedStore::FeedStore(const Database &database)
    : m_database(database), m_connection(database.connectionName())
{}

Result<qint64> FeedStore::add(const QString &url, const QString &title, const QString &outletName)
{
    const QString wanted = url.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::InvalidInput, u"a feed needs a URL"_s);
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status().error();
    auto existing = sql::prepare(m_connection, u"SELECT id FROM feeds WHERE url = ?"_s);
    if (!existing)
        return existing.error();
    existing->addBindValue(wanted);
    if (Status done = sql::exec(*existing, u"cannot look up feeds"_s); !done)
        return done.error();
    if (existing->next())
        return makeError(ErrorCode::Duplicate, u"this feed is already subscribed (feed %1)"_s.arg(
                                                   existing->value(0).toLongLong()));
    QVariant outlet(QMetaType::fromType<qint64>());
    if (!outletName.trimmed().isEmpty()) {
        Result<qint64> ensured = OutletStore(m_database).ensure(outletName.trimmed());
        if (!ensured)
            return ensured.error();
        outlet = *ensured;
    }
    auto insert = sql::prepare(
        m_connection,
        u"INSERT INTO feeds(url, title, outlet_id, added_at) VALUES (?, ?, ?, ?) RETURNING id"_s);
    if (!insert)
        return insert.error();
    insert->addBindValue(wanted);
    insert->addBindValue(sql::textOrNull(title.simplified()));
    insert->addBindValue(outlet);
    insert->addBindValue(now());
    if (Status done = sql::exec(*insert, u"cannot add the feed"_s); !done)
        return done.error();
    if (!insert->next())
        return makeError(ErrorCode::Sql, u"cannot add the feed"_s);
    const qint64 id = insert->value(0).toLongLong();
    insert->finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    recordChange(m_connection, [](ChangeSet &c) { c.feeds = true; });
    return id;
}

Result<QList<Feed>> FeedStore::list() const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT f.id, f.url, f.title, o.name, f.added_at, f.refreshed_at, f.last_error,
               (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id),
               (SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL)
        FROM feeds f LEFT JOIN outlets o ON o.id = f.outlet_id ORDER BY coalesce(f.title, f.url))"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list feeds"_s); !done)
        return done.error();
    QList<Feed> feeds;
    while (query->next()) {
        Feed feed;
        feed.id = query->value(0).toLongLong();
        feed.url = query->value(1).toString();
        feed.title = query->value(2).toString();
        feed.outletName = query->value(3).toString();
        feed.addedAt = QDateTime::fromString(query->value(4).toString(), Qt::ISODate);
        feed.refreshedAt = QDateTime::fromString(query->value(5).toString(), Qt::ISODate);
        feed.lastError = query->value(6).toString();
        feed.itemCount = query->value(7).toInt();
        feed.articleCount = query->value(8).toInt();
        feeds.append(feed);
    }
    return feeds;
}

Result<Feed> FeedStore::get(qint64 id) const
{
    Result<QList<Feed>> all = list();
    if (!all)
        return all.error();
    for (const Feed &feed : std::as_const(*all))
        if (feed.id == id)
            return feed;
    return makeError(ErrorCode::NotFound, u"no feed with id %1"_s.arg(id));
}

Status FeedStore::remove(qint64 id)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    auto query = sql::prepare(m_connection, u"DELETE FROM feeds WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove the feed"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no feed with id %1"_s.arg(id));
    if (Status committed = transaction.commit(); !committed)
        return committed;
    recordChange(m_connection, [](ChangeSet &c) { c.feeds = true; });
    return {};
}

Status FeedStore::setRefreshed(qint64 id, const QDateTime &at, const QString &title,
                               const QString &error)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    auto query = sql::prepare(m_connection, uR"(
        UPDATE feeds SET refreshed_at = ?, last_error = ?, title = coalesce(title, ?) WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(at.toUTC().toString(Qt::ISODate));
    query->addBindValue(sql::textOrNull(error));
    query->addBindValue(sql::textOrNull(title.simplified()));
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot update the feed"_s); !done)
        return done;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    recordChange(m_connection, [](ChangeSet &c) { c.feeds = true; });
    return {};
}

Result<QSet<QString>> FeedStore::seenItems(qint64 feedId) const
{
    auto query =
        sql::prepare(m_connection, u"SELECT guid, url FROM feed_items WHERE feed_id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(feedId);
    if (Status done = sql::exec(*query, u"cannot read the feed's items"_s); !done)
        return done.error();
    QSet<QString> seen;
    while (query->next()) {
        seen.insert(query->value(0).toString());
        if (!query->value(1).toString().isEmpty())
            seen.insert(query->value(1).toString());
    }
    return seen;
}

Status FeedStore::markSeen(qint64 feedId, const QString &guid, const QString &url, qint64 articleId)
{
    Transaction transaction(m_connection);
    if (!transaction.status())
        return transaction.status();
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO feed_items(feed_id, guid, url, article_id, seen_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (feed_id, guid) DO UPDATE SET article_id = coalesce(excluded.article_id, article_id))"_s);
    if (!query)
        return query.error();
    query->addBindValue(feedId);
    query->addBindValue(guid);
    query->addBindValue(sql::textOrNull(url));
    query->addBindValue(articleId > 0 ? QVariant(articleId)
                                      : QVariant(QMetaType::fromType<qint64>()));
    query->addBindValue(now());
    if (Status done = sql::exec(*query, u"cannot record the feed item"_s); !done)
        return done;
    return transaction.commit();
}

} // namespace parallax
