// Finds the stretches of text between quotation marks of every style: "…" “…” ‘…’ '…' «…»
// „…“ „…” ‹…›, nested, across paragraphs (an opening mark repeated at the start of the next
// paragraph), and cut off by the end of the text. Apostrophes (Russia’s, don't, troops')
// are told apart from closing marks.
#pragma once

#include "analysis/findings.h"

#include <QList>
#include <QStringView>

namespace parallax::analysis {

struct QuotedSpan
{
    Span inner; // between the marks
    Span marks; // including them
    int nesting = 0;
    bool truncated = false;
};

QList<QuotedSpan> scanQuotations(QStringView text);

} // namespace parallax::analysis
