// One row per annotation, RFC 4180: every field that needs it quoted, quotes doubled, CRLF
// line ends. A text cell that a spreadsheet would run as a formula (starting with =, +, -, @,
// tab or CR) gets a leading apostrophe.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace parallax {

struct ExportData;

inline const QStringList kCsvColumns = {
    QStringLiteral("article_id"), QStringLiteral("article"), QStringLiteral("outlet"),
    QStringLiteral("date"),       QStringLiteral("kind"),    QStringLiteral("code_path"),
    QStringLiteral("speaker"),    QStringLiteral("place"),   QStringLiteral("start"),
    QStringLiteral("end"),        QStringLiteral("exact"),   QStringLiteral("note"),
    QStringLiteral("status")};

// The cell as written: guarded against formulas, quoted when needed.
QByteArray csvCell(QStringView value, bool guardFormula = true);
// The same, appended to out.
void appendCsvCell(QByteArray &out, QStringView value, bool guardFormula = true);

Status writeCsv(const ExportData &data, QIODevice &out);

} // namespace parallax
