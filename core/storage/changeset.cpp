#include "storage/changeset.h"

#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QHash>

namespace parallax {
namespace {

// The open levels of each connection on this thread (a connection is used by one thread).
QHash<QString, QList<ChangeSet>> &levels()
{
    thread_local QHash<QString, QList<ChangeSet>> open;
    return open;
}

void appendNew(QList<qint64> &into, const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        if (!into.contains(id))
            into.append(id);
}

void publishOn(const QString &connectionName, const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    if (ChangeNotifier *notifier = Database::notifierOf(connectionName))
        changes.publish(*notifier);
}

} // namespace

bool ChangeSet::isEmpty() const
{
    return articlesAdded.isEmpty() && articlesUpdated.isEmpty() && articlesRemoved.isEmpty() &&
           annotatedArticles.isEmpty() && !registry && !codebook && !claims && !notes && !feeds;
}

void ChangeSet::merge(const ChangeSet &later)
{
    appendNew(articlesAdded, later.articlesAdded);
    appendNew(articlesUpdated, later.articlesUpdated);
    appendNew(articlesRemoved, later.articlesRemoved);
    appendNew(annotatedArticles, later.annotatedArticles);
    registry = registry || later.registry;
    codebook = codebook || later.codebook;
    claims = claims || later.claims;
    notes = notes || later.notes;
    feeds = feeds || later.feeds;
}

void ChangeSet::publish(ChangeNotifier &notifier) const
{
    // An article added and removed in one transaction was never seen; one removed or added
    // needs no other news of itself.
    ChangeSet seen = *this;
    seen.articlesAdded.removeIf([this](qint64 id) { return articlesRemoved.contains(id); });
    seen.articlesRemoved.removeIf([this](qint64 id) { return articlesAdded.contains(id); });
    const auto told = [this](qint64 id) {
        return articlesRemoved.contains(id) || articlesAdded.contains(id);
    };
    seen.articlesUpdated.removeIf(told);
    seen.annotatedArticles.removeIf(told);
    if (!seen.isEmpty())
        emit notifier.changed(seen);
}

void recordChange(const QString &connectionName, const std::function<void(ChangeSet &)> &change)
{
    auto it = levels().find(connectionName);
    if (it == levels().end() || it->isEmpty()) {
        ChangeSet now;
        change(now);
        publishOn(connectionName, now);
        return;
    }
    change(it->last());
}

namespace changes {

void openLevel(const QString &connectionName)
{
    levels()[connectionName].append(ChangeSet());
}

void commitLevel(const QString &connectionName)
{
    auto it = levels().find(connectionName);
    if (it == levels().end() || it->isEmpty())
        return;
    const ChangeSet done = it->takeLast();
    if (!it->isEmpty()) {
        it->last().merge(done);
        return;
    }
    levels().erase(it);
    publishOn(connectionName, done);
}

void dropLevel(const QString &connectionName)
{
    auto it = levels().find(connectionName);
    if (it == levels().end() || it->isEmpty())
        return;
    it->removeLast();
    if (it->isEmpty())
        levels().erase(it);
}

} // namespace changes

} // namespace parallax
