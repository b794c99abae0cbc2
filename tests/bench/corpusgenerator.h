// Writes synthetic news-like articles (about 5 KB, with quotations and place names in several
// spellings) to a folder, deterministically from a seed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::bench {

struct GeneratedCorpus
{
    QStringList paths;
    QList<QByteArray> texts; // the file contents, for the SQLite floor
    qint64 bytes = 0;
};

GeneratedCorpus generateCorpus(const QString &folder, int count, quint32 seed);

// Search queries drawn from the same vocabulary: single words, pairs and phrases.
QStringList generateQueries(int count, quint32 seed);

} // namespace parallax::bench
