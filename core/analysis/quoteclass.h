// Tells full statements from short fragments and scare-quoted terms, following the corpus
// conventions: a fragment of fewer than ten words that is not a complete sentence is short;
// a short noun phrase in quotation marks after a determiner or "so-called", outside any
// reporting clause, is a term.
#pragma once

#include "analysis/textcontext.h"
#include "domain/annotation.h"

namespace parallax::analysis {

QuoteClass classifyQuote(const TextContext &context, Span inner, Span marks);

// Words in the quotation, as the ten-word threshold counts them.
int quoteWordCount(const TextContext &context, Span inner);

} // namespace parallax::analysis
