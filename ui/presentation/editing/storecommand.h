// The base of every undoable edit: it writes through the stores in one transaction (whose
// commit tells the views what changed, see storage/changeset.h), and marks itself obsolete
// (so the stack drops it) when a write fails, leaving the library as it was.
//
// Each step remembers the rows it left behind. Before it writes again (undo, then redo) it
// checks that they are still as it left them: something outside the undo history (an
// import, a re-analysis, a removed article) may have changed or removed them since, and a
// step acting on them then would damage someone else's work. Such a step refuses, with a
// message, and leaves the history.
#pragma once

#include "storage/rowstate.h"
#include "util/result.h"

#include <QUndoCommand>
#include <functional>

namespace parallax {

class Database;

class StoreCommand : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const Error &error)>;

    StoreCommand(const Database &database, const QString &text);

    void setErrorReporter(ErrorReporter reporter) { m_report = std::move(reporter); }
    bool failed() const { return m_failed; }

    void redo() final;
    void undo() final;

    // For a compound step: writes inside the caller's open transaction; the compound
    // remembers its rows once the whole has committed.
    Status applyWithin(bool forward) { return apply(forward); }
    QList<RowRef> rowsLeft() const { return rows(); }

protected:
    // Writes the change (forward) or takes it back; runs inside one transaction.
    virtual Status apply(bool forward) = 0;
    // The rows this step writes, as they stand after apply() (its ids are known by then).
    virtual QList<RowRef> rows() const = 0;
    const Database &database() const { return m_database; }
    // A step applied already (the parts of a compound) is pushed without writing again.
    void markApplied();
    // Merging steps (typing in a note) keeps the later step's view of the rows.
    void takeRowStatesOf(const StoreCommand &later) { m_states = later.m_states; }

private:
    void run(bool forward);
    Result<QList<RowState>> readStates() const;
    Status checkUnchanged() const;

    const Database &m_database;
    ErrorReporter m_report;
    bool m_failed = false;
    bool m_applied = false;
    std::optional<QList<RowState>> m_states; // the rows as the last write left them
};

} // namespace parallax
