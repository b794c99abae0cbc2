// Russian and Ukrainian nouns that stand for a person (resources/analysis/person-nouns.txt):
// a title before a name ("губернатор Вадим Шумков") or, alone, a person named earlier
// ("— написал глава региона"). Matched in every case form.
#pragma once

#include "analysis/textcontext.h"

namespace parallax::analysis {

// The number of words of the person noun starting at token ("пресс-секретарь" has two), or 0.
qsizetype personNounLength(const TextContext &context, qsizetype token);
// "представитель", "речниця": someone who speaks for an organisation.
bool isSpokespersonNoun(const TextContext &context, qsizetype token);

} // namespace parallax::analysis
