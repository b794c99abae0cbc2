// The floor for import speed: the same texts inserted into plain SQLite + FTS5 with the C API,
// in one transaction, with nothing else done.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parallax::bench {

// Seconds taken, or a negative number on failure.
double sqliteFloorSeconds(const QString &path, const QList<QByteArray> &texts);

} // namespace parallax::bench
