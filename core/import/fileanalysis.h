// Analyses one article file as it is on disk, for `parallax-cli analyze` and `eval`: the
// findings point into the file's own decoded text (title line included), even where import
// normalisation would change that text.
#pragma once

#include "analysis/analyser.h"
#include "util/result.h"

#include <QJsonObject>
#include <QString>

namespace parallax {

// The corpus-format JSON of the file's quotes and places ("article" is the file name). HTML
// files are analysed as their readable text (title, a blank line, the body), and the offsets
// count into that text.
Result<QJsonObject> analyseFile(const QString &path, const analysis::Analyser &analyser,
                                qint64 maxBytes);

} // namespace parallax
