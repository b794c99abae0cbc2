// The stable JSON shapes that parallax-cli prints (documented in README.md).
#pragma once

#include "domain/article.h"
#include "import/importer.h"
#include "storage/statsstore.h"

#include <QJsonObject>

namespace parallax::cli {

QJsonObject articleSummaryJson(const ArticleSummary &article);
QJsonObject articleJson(const Article &article, bool withBody);
QJsonObject searchHitJson(const SearchHit &hit);
QJsonObject importResultJson(const FileImportResult &result);
// One line of an import report for people.
QString importResultLine(const FileImportResult &result);
QJsonObject statsJson(const LibraryStats &stats);

} // namespace parallax::cli
