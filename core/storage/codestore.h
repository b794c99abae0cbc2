// Stores the codebook: a tree of codes with colour and description.
#pragma once

#include "domain/codebook.h"
#include "util/result.h"

#include <QHash>
#include <QList>

namespace parallax {

class ChangeNotifier;
class Database;

class CodeStore final
{
public:
    explicit CodeStore(const Database &database);

    // Inserts with code.id when it is set (undo/redo restores the same id), else a new id.
    Result<qint64> create(const Code &code);
    Result<Code> get(qint64 id) const;
    // Parents before children, siblings in their position order.
    Result<QList<Code>> list() const;
    Status update(const Code &code);
    // Fails with Constraint while the code has sub-codes or annotations.
    Status remove(qint64 id);
    Result<int> usageCount(qint64 id) const;
    // Passages per code, for every code in use, in one pass.
    Result<QHash<qint64, int>> usageCounts() const;

private:
    QString m_connection;
};

} // namespace parallax
