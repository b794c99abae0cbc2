// The library model as JSON, stable across versions (documented in README.md): articles with
// their annotations (code-point offsets), the codebook, people, places, claims with their
// appearances, and notes.
#pragma once

#include "util/result.h"

#include <QJsonObject>

class QIODevice;

namespace parallax {

struct ExportData;

inline constexpr int kJsonFormatVersion = 1;

QJsonObject libraryJson(const ExportData &data);
Status writeJson(const ExportData &data, QIODevice &out);

} // namespace parallax
