// Tells models and views that library data changed, whoever changed it.
#pragma once

#include "storage/changeset.h"

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
    // What one commit changed, once, after it committed (changeset.h). Each view reads the
    // parts it shows, so it refreshes once per change however many kinds the change touched.
    void changed(const parallax::ChangeSet &changes);
    // The process lost its locks on the library, so writing stopped (Database::checkLocks).
    void locksLost(const QString &message);
};

} // namespace parallax
