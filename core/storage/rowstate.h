// What one row of the library holds now, so an undo step can tell whether the rows it wrote
// are still as it left them before it writes over them.
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace parallax {

class Database;

// A row a command leaves behind, by table and id. A presence-only row (an annotation's
// article) is checked for being there, not for its contents, which other edits may change.
struct RowRef
{
    QString table;
    qint64 id = 0;
    bool wholeRow = true;

    friend bool operator==(const RowRef &, const RowRef &) = default;
};

// The row's columns (without updated_at, which every write sets afresh), an empty list for a
// presence-only row that exists, nothing when the row does not exist.
using RowState = std::optional<QVariantList>;

Result<RowState> readRowState(const Database &database, const RowRef &row);

} // namespace parallax
