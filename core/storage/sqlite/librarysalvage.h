// Copies what can still be read from a damaged library into a new one: table by table, row by
// row where a whole table cannot be read, with rows whose parents were lost left out, and the
// full-text indexes and counts built afresh. The damaged file is only read.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <functional>

namespace parallax {

struct SalvagedTable
{
    QString table;
    qint64 copied = 0;
    qint64 lost = 0; // rows that could not be read, or whose parent row was lost
};

struct SalvageReport
{
    QList<SalvagedTable> tables;
    qint64 copied() const;
    qint64 lost() const;
};

// progress(table) is called as each table begins; returning false cancels. The target must
// not exist yet; when the salvage fails or is cancelled it is removed again.
Result<SalvageReport>
salvageLibrary(const QString &damagedPath, const QString &newPath,
               const std::function<bool(const QString &table)> &progress = {});

} // namespace parallax
