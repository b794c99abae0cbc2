// The connections a process has open, by name, for the two ways of opening a Database
// (database.cpp, databasereadonly.cpp). Internal to storage.
#pragma once

#include <QHash>
#include <QString>
#include <mutex>

namespace parallax {

class Database;

QString nextConnectionName();
std::mutex &connectionsMutex();
// Guarded by connectionsMutex().
QHash<QString, Database *> &connections();

} // namespace parallax
