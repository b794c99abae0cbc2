// The PDF report: the HTML report laid out on A4 pages and printed through QPdfWriter, written
// to a temporary file that replaces the target only once the whole document is printed.
#pragma once

#include "util/result.h"

#include <QString>

class QPdfWriter;
class QTextDocument;

namespace parallax {

struct ExportData;

// Sets the writer's A4 pages and lays the report out for them, in points.
void layOutReport(QTextDocument &document, const ExportData &data, QPdfWriter &writer);
Status writePdf(const ExportData &data, const QString &path);

} // namespace parallax
