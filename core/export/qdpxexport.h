// Exports to a REFI-QDA project (.qdpx): a zip holding project.qde and Sources/, with the
// articles as text sources (outlet, date, author, URL and language as variables), the codebook
// with its colours, every kept annotation as a PlainTextSelection coded with its code (or with
// a code for its speaker or place), notes as NoteRefs, and claims as Sets linked to their
// appearances. Positions are code points into the exported text.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace parallax {

struct ExportData;

// projectName names the project inside the file; guidSeed makes the GUIDs of one library
// distinct from another's, and the same from one export to the next.
QByteArray qdpxProjectXml(const ExportData &data, const QString &projectName, quint32 guidSeed);
Status writeQdpx(const ExportData &data, const QString &path, const QString &projectName,
                 quint32 guidSeed);

} // namespace parallax
