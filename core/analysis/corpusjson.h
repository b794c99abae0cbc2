// Findings in the JSON format of the annotation corpus (quotes and places with code-point
// offsets into the source text), as `parallax-cli analyze --json` prints them.
#pragma once

#include "analysis/findings.h"

#include <QJsonObject>
#include <QStringView>
#include <functional>

namespace parallax::analysis {

// toSource maps a UTF-16 position in the analysed text to a UTF-16 position in source (they
// differ where import normalisation changed the text). Offsets in the result are code points
// into source, and every string is the source's own text at that span.
QJsonObject toCorpusJson(const Analysis &analysis, QStringView source,
                         const std::function<qsizetype(qsizetype)> &toSource);

} // namespace parallax::analysis
