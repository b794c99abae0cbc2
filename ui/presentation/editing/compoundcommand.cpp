#include "editing/compoundcommand.h"

namespace parallax {

CompoundCommand::CompoundCommand(const Database &database, const QString &text)
    : StoreCommand(database, text)
{}

Status CompoundCommand::apply(bool forward)
{
    if (forward) {
        for (const auto &part : m_parts)
            if (Status done = part->applyWithin(true); !done)
                return done;
        return {};
    }
    for (auto part = m_parts.rbegin(); part != m_parts.rend(); ++part)
        if (Status done = (*part)->applyWithin(false); !done)
            return done;
    return {};
}

QList<RowRef> CompoundCommand::rows() const
{
    QList<RowRef> all;
    for (const auto &part : m_parts)
        for (const RowRef &row : part->rowsLeft())
            if (!all.contains(row))
                all.append(row);
    return all;
}

} // namespace parallax
