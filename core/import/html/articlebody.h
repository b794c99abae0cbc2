// The main text of a page, found by scoring its blocks: paragraphs of prose (length, commas)
// lend their score to the containers around them, links count against a container, and class
// and id names are weak evidence either way ("article-body" for, "related", "share" against).
// The best container and the siblings that read like it are the article; inside it, lists of
// links, share and subscription prompts, comments, captions and navigation are cut, and
// headings, quotations, lists and paragraph breaks are kept.
#pragma once

#include "import/html/htmltree.h"

#include <QString>

namespace parallax {

// One paragraph per line.
QString extractArticleBody(const HtmlTree &tree);

} // namespace parallax
