// While alive, lets a long series of batch commits grow the write-ahead log instead of copying
// it into the database after every commit; checkpoints once when it ends.
#pragma once

#include <QString>

namespace parallax {

class Database;

class BulkWriteScope final
{
public:
    explicit BulkWriteScope(const Database &database);
    ~BulkWriteScope();
    Q_DISABLE_COPY_MOVE(BulkWriteScope)

private:
    QString m_connection;
    int m_previousPages = 1000;
};

} // namespace parallax
