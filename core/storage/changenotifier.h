// Tells models and views that library data changed, whoever changed it.
#pragma once

#include <QList>
#include <QObject>

namespace parallax {

class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr) : QObject(parent) {}
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

signals:
    void articlesAdded(const QList<qint64> &ids);
    void articleUpdated(qint64 id);
    void articleRemoved(qint64 id);
    void annotationsChanged(qint64 articleId);
    void registryChanged();
    void codebookChanged();
    void claimsChanged();
    void notesChanged();
    void feedsChanged();
    // The process lost its locks on the library, so writing stopped (Database::checkLocks).
    void locksLost(const QString &message);
};

} // namespace parallax
