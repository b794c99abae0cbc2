// Reports for people, in Markdown and as one self-contained HTML file (styles inline, no
// remote resources): per article its metadata, quotations by speaker, places with the
// spellings used, coded passages by code and notes; per claim its appearances by outlet; and
// the claims × outlets matrix. The PDF export prints the HTML report.
#pragma once

#include <QString>

namespace parallax {

struct ExportData;

QString markdownReport(const ExportData &data);
QString htmlReport(const ExportData &data);

} // namespace parallax
