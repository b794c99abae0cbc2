// Linked-data exports: every annotation as a W3C Web Annotation (a TextQuoteSelector and a
// TextPositionSelector in code points; its body the code, speaker, place or note), and every
// claim as a schema.org ClaimReview whose reviewed Claim names its author (the speaker), each
// appearance (the article's URL and outlet) and the first appearance.
#pragma once

#include "util/result.h"

#include <QJsonObject>

class QIODevice;

namespace parallax {

struct ExportData;

QJsonObject webAnnotations(const ExportData &data);
QJsonObject claimReviews(const ExportData &data);
Status writeJsonLd(const QJsonObject &document, QIODevice &out);

} // namespace parallax
