// The floor for import speed: the same texts inserted into plain SQLite + FTS5 with the C API,
// in one transaction, with nothing else done.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parallax::bench {

// Seconds taken, or a negative number on failure.
double sqliteFloorSeconds(const QString &path, const QList<QByteArray> &texts);

// The floor for storing findings: rows annotation rows, shaped like import's (an 8-character
// span, 32 characters either side), written into the annotations table of the library file at
// path through one prepared statement in one transaction, foreign keys off.
double annotationFloorSeconds(const QString &path, qint64 rows);

} // namespace parallax::bench
