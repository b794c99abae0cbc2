// REFI-QDA codebooks (.qdc), as MAXQDA, ATLAS.ti, NVivo and Taguette exchange them: the code
// tree alone, with colours and descriptions. Writing one gives the library's codebook;
// reading one merges it into a library by code path (a code whose parent chain and name the
// library already has is that code; the rest are added under their parents).
#pragma once

#include "domain/codebook.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace parallax {

class Database;

// The codebook document for codes (parents before children); origin names the writer.
QByteArray qdcCodebookXml(const QList<Code> &codes, const QString &origin);

struct QdcImportReport
{
    QString origin;
    int codes = 0;      // in the file
    int added = 0;      // new in the library
    int categories = 0; // codes the file marks not codable, kept as codes that group others
};

// Merges the codebook at path into library in one transaction; a file that is not a
// codebook (or declares a DTD) changes nothing.
Result<QdcImportReport> importQdc(const Database &library, const QString &path);

} // namespace parallax
