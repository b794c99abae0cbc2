#include "editing/storecommand.h"

#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSignalBlocker>

namespace parallax {

StoreCommand::StoreCommand(const Database &database, const QString &text)
    : m_database(database)
{
    setText(text);
}

void StoreCommand::redo()
{
    run(true);
}

void StoreCommand::undo()
{
    run(false);
}

void StoreCommand::run(bool forward)
{
    Status done;
    {
        // The stores announce each write as they make it; the models must not read a state
        // that a failing write is about to roll back, so they hear of it after the commit.
        const QSignalBlocker quiet(m_database.notifier());
        Transaction transaction(m_database.connectionName());
        done = transaction.status();
        if (done)
            done = apply(forward);
        if (done)
            done = transaction.commit();
    }
    if (!done) {
        m_failed = true;
        setObsolete(true);
        if (m_report)
            m_report(done.error().message);
        return;
    }
    notify(*m_database.notifier());
}

} // namespace parallax
