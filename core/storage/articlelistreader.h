// Reads the whole article list (every article but its body) straight through the SQLite C
// API: the list of a 100,000-article library must load while the window opens.
#pragma once

#include "domain/article.h"
#include "util/result.h"

#include <QList>

namespace parallax {

class Database;

Result<QList<ArticleSummary>> readArticleList(const Database &database);

// The stored import time "yyyy-MM-ddTHH:mm:ss.zzzZ", read without QDateTime::fromString.
QDateTime parseStoredTimestamp(const QString &text);

} // namespace parallax
