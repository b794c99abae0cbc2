#include "editing/storecommand.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parallax {

StoreCommand::StoreCommand(const Database &database, const QString &text) : m_database(database)
{
    setText(text);
}

void StoreCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::markApplied()
{
    m_applied = true;
    if (auto states = readStates())
        m_states = std::move(states).value();
}

Result<QList<RowState>> StoreCommand::readStates() const
{
    QList<RowState> states;
    for (const RowRef &row : rows()) {
        auto state = readRowState(m_database, row);
        if (!state)
            return state.error();
        states.append(std::move(state).value());
    }
    return states;
}

Status StoreCommand::checkUnchanged() const
{
    if (!m_states)
        return {};
    auto now = readStates();
    if (!now)
        return now.error();
    if (*now == *m_states)
        return {};
    return makeError(ErrorCode::Stale,
                     QCoreApplication::translate(
                         "StoreCommand", "“%1” can no longer be undone or redone: what it changed "
                                         "was changed or removed since, outside the undo history "
                                         "(by an import, a re-analysis or a removed article). "
                                         "The step was taken out of the history.")
                         .arg(text()));
}

void StoreCommand::run(bool forward)
{
    Status done;
    QList<RowState> states;
    {
        Transaction transaction(m_database.connectionName());
        done = transaction.status();
        if (done)
            done = checkUnchanged();
        if (done)
            done = apply(forward);
        if (done) {
            auto after = readStates();
            if (after)
                states = std::move(after).value();
            else
                done = after.error();
        }
        if (done)
            done = transaction.commit();
    }
    if (!done) {
        m_failed = true;
        setObsolete(true);
        if (m_report)
            m_report(done.error());
        return;
    }
    m_states = std::move(states);
}

} // namespace parallax
