// Schema versions keyed by PRAGMA user_version; each step runs in one transaction with its bump.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax {

struct Migration
{
    int version = 0; // the user_version this step leaves the file at
    QString description;
    QStringList statements;
    // Tables rebuilt, after the statements, so their ids are never reused (tablerebuild.h).
    // Such a step runs with foreign keys off and checks them all before it commits.
    QStringList rebuildWithNeverReusedIds;
};

class Migrations final
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    static Result<int> currentVersion(const QString &connectionName);

    // Fails with NewerSchema, without writing, when the file is newer than steps know.
    static Status checkNotNewer(const QString &connectionName, const QList<Migration> &steps);

    // Applies every step above the file's version, in order; a failing step is rolled back and
    // leaves the file at the version before it.
    static Status apply(const QString &connectionName, const QList<Migration> &steps);
};

} // namespace parallax
