// What the article extractor reads off a block of a page: how much readable text it holds
// and how much of it is links, and what its class and id names suggest. Names are weak
// evidence either way ("article-body" for; "related", "share", "comments" against).
#pragma once

#include "import/html/htmltree.h"

#include <QString>
#include <QStringView>

namespace parallax::blockevidence {

struct Stats
{
    int chars = 0;     // readable characters, white space runs counted once
    int linkChars = 0; // of which inside links
    int commas = 0;
    double linkDensity() const { return chars > 0 ? double(linkChars) / chars : 0.0; }
};

// Hidden by the hidden attribute, aria-hidden or an inline style.
bool isHidden(const HtmlNode &node);
// Never read: scripts, styles, form controls, hidden blocks.
bool isSkipped(const HtmlNode &node);
// The class, id, role and itemprop of a block, in one string.
QString hints(const HtmlNode &node);
bool hasNegativeHint(const QString &hint);
bool hasPositiveHint(const QString &hint);
// +25 for an article-like name, -25 for a furniture-like one.
int hintWeight(const HtmlNode &node);
int commasIn(QStringView text);
// Characters a reader sees: white space runs count once.
int readableLength(QStringView text);
// Only ASCII white space collapses: no-break spaces are part of the text.
QString collapseAsciiSpaces(const QString &text);

} // namespace parallax::blockevidence
