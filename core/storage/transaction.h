// RAII write transactions: rolled back on scope exit unless committed.
#pragma once

#include "util/result.h"

#include <QString>

namespace parallax {

// BEGIN IMMEDIATE: takes the write lock up front so a writer never deadlocks upgrading a read.
// Inside another Transaction on the same connection and thread it becomes a savepoint, so a
// store's own transaction can run within a caller's larger one (an import batch).
class Transaction final
{
public:
    explicit Transaction(QString connectionName);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status &status() const { return m_status; }
    Status commit();

private:
    QString m_connectionName;
    QString m_savepoint; // set when nested
    Status m_status;
    bool m_open = false;
};

// A nested unit inside an open transaction, so one item of a batch can fail alone.
class Savepoint final
{
public:
    explicit Savepoint(QString connectionName);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    const Status &status() const { return m_status; }
    Status release();

private:
    QString m_connectionName;
    QString m_name;
    Status m_status;
    bool m_open = false;
};

// A read that sees one state of the library however long it takes, while other connections
// go on writing (an export of a library being imported into): a deferred transaction that
// only reads, ended when it goes out of scope. Inside an open Transaction it does nothing;
// that one already reads a single state.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(QString connectionName);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

    const Status &status() const { return m_status; }

private:
    QString m_connectionName;
    Status m_status;
    bool m_open = false;
};

} // namespace parallax
