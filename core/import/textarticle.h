// An article from a plain text or Markdown file. A small header block may open the file
// ("Title:", "Outlet:", "Date:", "URL:", "Author:", "Language:", in English, Russian or
// Ukrainian) and fills the metadata. Otherwise the title is the first line that is not page
// furniture (a category or feed label, a bare date, a byline); a first line that is a whole
// paragraph gives its first sentence as the title and stays in the body.
#pragma once

#include "domain/article.h"
#include "util/result.h"

#include <QString>

namespace parallax {

Result<Article> parseTextArticle(const QString &normalized, bool markdown);

} // namespace parallax
