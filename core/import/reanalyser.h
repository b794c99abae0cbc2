// Runs the analysis again over stored articles (after an analyser upgrade, or after the user
// added places, aliases or people). Only auto annotations the user has not touched are
// replaced: accepted, rejected and manual annotations, and anything a claim or note links
// to, stay exactly as they are, and findings they already cover are not added again.
#pragma once

#include "util/result.h"

#include <QList>
#include <atomic>
#include <functional>

namespace parallax {

class Database;

struct ReanalysisReport
{
    int articles = 0;
    int removed = 0; // auto annotations replaced
    int kept = 0;    // annotations left as the user had them
    bool cancelled = false;
};

// ids empty means every article. Each article is redone in its own transaction.
Result<ReanalysisReport>
reanalyse(const Database &database, const QList<qint64> &ids,
          const std::function<void(qsizetype done, qsizetype total)> &progress = {},
          const std::atomic_bool *cancel = nullptr);

} // namespace parallax
