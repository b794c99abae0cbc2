// The passages shown in "Found in the Library": every mention of a place or person, or the
// other articles' wordings of a statement.
#pragma once

#include "domain/annotation.h"
#include "library/findingspanel.h"
#include "storage/facetstore.h"
#include "util/result.h"

namespace parallax {

class Database;

Result<QList<LibraryPassage>> mentionPassages(const Database &library, FacetKind kind, qint64 id);
Result<QList<LibraryPassage>> statementPassages(const Database &library, const Annotation &quote);

} // namespace parallax
