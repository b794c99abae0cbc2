// Reads the counts that summarise a library.
#pragma once

#include "util/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace parallax {

class Database;

struct LibraryStats
{
    qint64 articles = 0;
    qint64 outlets = 0;
    qint64 people = 0;
    qint64 places = 0;
    qint64 codes = 0;
    qint64 claims = 0;
    qint64 notes = 0;
    qint64 quotes = 0;
    qint64 speakerMentions = 0;
    qint64 placeMentions = 0;
    qint64 codings = 0;
    QList<QPair<QString, qint64>> articlesByLanguage; // most first
    QList<QPair<QString, qint64>> articlesByOutlet;   // most first
    QString firstPublished;
    QString lastPublished;
    int schemaVersion = 0;
};

class StatsStore final
{
public:
    explicit StatsStore(const Database &database);
    Result<LibraryStats> read() const;

private:
    QString m_connection;
};

} // namespace parallax
