// Attributes quotations to speakers with an ordered sieve of rules, most precise first:
//   quote.trailing      “…,” Putin said. / “…,” said Putin. / «…», — заявил Путин.
//   quote.passive       “…” by Russian officials, including Putin
//   quote.according-to  According to X, … “…” / По словам X, … / За словами X, …
//   quote.possessive    Putin's hardline “conditions” / his “peace formula”
//   quote.reporting     X said (that) … “…” / X said: “…” (the reporting verb before it)
//   quote.following     … “…” …, X said. (the reporting verb after it, same sentence)
//   quote.carry-over    “…,” he said. “…” (the next quotation keeps the speaker)
//   quote.headline      a headline quotation: "– Putin" at the end of the line, the same
//                       words in an attributed quotation below, or the article's main speaker
// Names, role nouns and pronouns are resolved by PersonMentions. A group ("officials",
// "Russia") stops the sieve with no speaker: precision before recall.
#pragma once

#include "analysis/findings.h"
#include "analysis/personmentions.h"
#include "analysis/quotescanner.h"
#include "analysis/textcontext.h"

namespace parallax::analysis {

void attributeSpeakers(const TextContext &context, const PersonMentions &mentions,
                       QList<QuoteFinding> &quotes);

} // namespace parallax::analysis
