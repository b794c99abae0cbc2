// Several edits made as one undo step ("Mark New Place": a place, then the passage naming it).
// The parts are written one after another inside one transaction as the step is built, so a
// later part can use what an earlier one made; undo and redo take them back and write them
// again in one transaction, so the step is whole or absent, never half applied.
#pragma once

#include "editing/storecommand.h"

#include <memory>
#include <vector>

namespace parallax {

class CompoundCommand final : public StoreCommand
{
public:
    CompoundCommand(const Database &database, const QString &text);

    // A part already written inside the open transaction.
    void append(std::unique_ptr<StoreCommand> part) { m_parts.push_back(std::move(part)); }
    bool isEmpty() const { return m_parts.empty(); }
    // Once the transaction has committed: pushing the step then writes nothing again.
    void finish() { markApplied(); }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    std::vector<std::unique_ptr<StoreCommand>> m_parts;
};

} // namespace parallax
