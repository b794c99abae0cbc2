// Imports a REFI-QDA project (.qdpx) into a library, new or in use: its text sources become
// articles (a body already in the library is reused), its codes join the codebook by path,
// its selections become passages with their codes, speakers and places, its memos become
// notes, its claims come along. The archive is vetted first (no paths out of it, no oversized
// entries, no DTD or entities): a broken or hostile archive is refused whole. Within a sound
// project, a selection that does not fit its text or a source whose text is missing is
// skipped and reported, and the rest comes in; everything is written in one transaction.
#pragma once

#include "import/articlereader.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <utility>

namespace parallax {

class Database;

struct QdpxLimits
{
    qint64 maxEntryBytes = qint64(256) << 20; // project.qde, the largest entry read
    qint64 maxTotalBytes = qint64(2048) << 20;
    // A source's text, as for an imported file; one source is held in memory at a time.
    qint64 maxSourceBytes = kDefaultMaxFileBytes;
};

// How one source's selections were read (qdpxpositions.h).
struct QdpxSourceReading
{
    QString source;
    QString reading; // "UTF-16 units, CRLF as two"
    int selections = 0;
};

struct QdpxImportReport
{
    QString origin;         // the program that wrote the project
    int articles = 0;       // new articles
    int reusedArticles = 0; // sources whose text the library already had from this project
    int textSources = 0;    // text sources in the project
    int annotations = 0;    // new passages
    int selections = 0;     // text selections in the project
    int selectionsTaken = 0;
    int codings = 0; // a selection's code references
    int codingsTaken = 0;
    int codes = 0; // new codes
    int notes = 0; // new notes
    int claims = 0;
    int variableValues = 0;
    int variableValuesTaken = 0; // outlet, date, author, URL and language
    QList<QdpxSourceReading> readings;
    // What was not taken in, by kind ("PDF sources", 2), and each skipped item with why.
    QList<std::pair<QString, int>> notTaken;
    QStringList skipped;
    QList<qint64> articleIds; // every imported source's article, new or reused

    // "PDF sources: 2, selections: 3": empty when nothing was left out.
    QString leftOutSummary() const;
    // The whole report in lines of text, for the command line and the import dialog.
    QStringList describe() const;
    // The same, stable, for parallax-cli --json.
    QJsonObject toJson() const;
};

// cancelled, when set, stops the import between sources; the library is then as it was.
Result<QdpxImportReport> importQdpx(const Database &library, const QString &path,
                                    const QdpxLimits &limits = {},
                                    const std::atomic<bool> *cancelled = nullptr);

} // namespace parallax
