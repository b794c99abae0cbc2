// Article extraction speed over a folder of saved web pages: reading, decoding, parsing,
// finding the article and its metadata, per page.
#pragma once

#include <QString>

namespace parallax::bench {

// Prints the figures; false when the folder holds no page.
bool runPageBench(const QString &folder, int rounds);

} // namespace parallax::bench
