// What a highlight is, as the rich-text tooltip shown when the pointer rests on it.
#pragma once

#include "reading/readingdata.h"

namespace parallax {

class Database;

// For a place: canonical name, kind, parent region and the spellings seen across the library
// (one query). For a quotation: speaker, rule and confidence. library may be null.
QString describeAnnotation(const ReadingData &data, const Annotation &annotation,
                           const Database *library);

} // namespace parallax
