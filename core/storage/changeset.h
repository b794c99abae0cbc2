// What a transaction changed, told to the views once, after it commits.
//
// Stores record each change as they write it (recordChange); nothing is announced while a
// transaction is open. When the outermost transaction on the connection commits, the changes
// are published on the library's ChangeNotifier, each kind once; when it (or a savepoint
// within it) rolls back, the changes made inside it are dropped. A write made outside any
// transaction is published at once. So listeners never see uncommitted rows, and one change
// is announced once, however many layers took part in it.
#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace parallax {

class ChangeNotifier;

struct ChangeSet
{
    QList<qint64> articlesAdded;
    QList<qint64> articlesUpdated;
    QList<qint64> articlesRemoved;
    QList<qint64> annotatedArticles; // articles whose annotations changed
    bool registry = false;
    bool codebook = false;
    bool claims = false;
    bool notes = false;
    bool feeds = false;

    bool isEmpty() const;
    void merge(const ChangeSet &later);
    // Emits each change once, on the notifier's thread (queued when called from another).
    void publish(ChangeNotifier &notifier) const;
};

// Records a change made on the connection (see above).
void recordChange(const QString &connectionName, const std::function<void(ChangeSet &)> &change);

namespace changes {
// Kept by Transaction and Savepoint: a level opens, commits into the level below (or, the
// outermost, publishes), or rolls back.
void openLevel(const QString &connectionName);
void commitLevel(const QString &connectionName);
void dropLevel(const QString &connectionName);
} // namespace changes

} // namespace parallax
