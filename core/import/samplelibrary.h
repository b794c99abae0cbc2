// The five bundled sample articles that fill a new library, so the app never opens empty.
#pragma once

#include "import/importer.h"

namespace parallax {

QStringList sampleArticlePaths();

// Imports the bundled samples; duplicates are skipped, so it is safe to run twice.
ImportReport importSampleArticles(const Database &database);

} // namespace parallax
