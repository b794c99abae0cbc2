// Shared test helpers: a fresh library in a temporary folder, and the seed articles.
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace parallax::test {

class TestLibrary
{
public:
    TestLibrary();
    Database &db() { return *m_database; }
    // The library as panels and models hold it.
    std::shared_ptr<Database> shared() const { return m_database; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Runs one statement on the library, for setting up cases the stores refuse to make.
    void exec(const QString &statement) const;
    qint64 scalar(const QString &statement) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<Database> m_database;
};

// The five seed article files, in name order.
QStringList seedArticlePaths();
// Imports and analyses the seed articles; their ids, in name order.
QList<qint64> importSeeds(Database &database);

// text in a legacy charset such as "windows-1251" or "KOI8-R", through ICU.
QByteArray encodeWith(const char *charset, const QString &text);

} // namespace parallax::test
