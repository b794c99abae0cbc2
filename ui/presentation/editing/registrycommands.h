// Undoable edits of the registries: a new person or place, or a changed one (name, aliases,
// roles, parent). Aliases stored here feed every later analysis of the library.
#pragma once

#include "domain/registry.h"
#include "editing/storecommand.h"

#include <optional>

namespace parallax {

// Record is Person (kept by PersonStore) or Place (kept by PlaceStore).
template <typename Record> class SaveRecordCommand final : public StoreCommand
{
public:
    // before is empty for a new record; redo after undo brings it back under the same id.
    SaveRecordCommand(const Database &database, std::optional<Record> before, Record after,
                      const QString &text);
    qint64 recordId() const { return m_after.id; }

protected:
    Status apply(bool forward) override;
    QList<RowRef> rows() const override;

private:
    std::optional<Record> m_before;
    Record m_after;
};

using SavePersonCommand = SaveRecordCommand<Person>;
using SavePlaceCommand = SaveRecordCommand<Place>;

} // namespace parallax
