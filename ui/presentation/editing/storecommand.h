// The base of every undoable edit: it writes through the stores in one transaction, tells
// the models only once the transaction has committed, and marks itself obsolete (so the
// stack drops it) when a write fails, leaving the library as it was.
#pragma once

#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace parallax {

class ChangeNotifier;
class Database;

class StoreCommand : public QUndoCommand
{
public:
    using ErrorReporter = std::function<void(const QString &message)>;

    StoreCommand(const Database &database, const QString &text);

    void setErrorReporter(ErrorReporter reporter) { m_report = std::move(reporter); }
    bool failed() const { return m_failed; }

    void redo() final;
    void undo() final;

protected:
    // Writes the change (forward) or takes it back; runs inside one transaction.
    virtual Status apply(bool forward) = 0;
    // Tells the models what changed, after the commit.
    virtual void notify(ChangeNotifier &notifier) const = 0;
    const Database &database() const { return m_database; }

private:
    void run(bool forward);

    const Database &m_database;
    ErrorReporter m_report;
    bool m_failed = false;
};

} // namespace parallax
