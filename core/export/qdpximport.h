// Imports a REFI-QDA project (.qdpx) into a library, new or in use: its text sources become
// articles (a body already in the library is reused), its codes join the codebook by path,
// its selections become passages with their codes, speakers and places, its notes and claims
// come along. The archive is vetted first (no paths out of it, no oversized entries, no DTD
// or entities), every selection checked against its text, and everything is written in one
// transaction: a bad project changes nothing.
#pragma once

#include "import/articlereader.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <atomic>

namespace parallax {

class Database;

struct QdpxLimits
{
    qint64 maxEntryBytes = qint64(256) << 20; // project.qde, the largest entry read
    qint64 maxTotalBytes = qint64(2048) << 20;
    // A source's text, as for an imported file; one source is held in memory at a time.
    qint64 maxSourceBytes = kDefaultMaxFileBytes;
};

struct QdpxImportReport
{
    int articles = 0;       // new articles
    int reusedArticles = 0; // sources whose text the library already had
    int annotations = 0;
    int codes = 0; // new codes
    int notes = 0;
    int claims = 0;
    QList<qint64> articleIds; // every source's article, new or reused
};

// cancelled, when set, stops the import between sources; the library is then as it was.
Result<QdpxImportReport> importQdpx(const Database &library, const QString &path,
                                    const QdpxLimits &limits = {},
                                    const std::atomic<bool> *cancelled = nullptr);

} // namespace parallax
