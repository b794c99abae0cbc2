// A library for the export tests: the seed articles plus a Ukrainian report with an emoji,
// a code tree, overlapping codings, a claim with appearances in two articles, notes on an
// article, a passage, a code and a claim, and cells a spreadsheet would take for formulas.
#pragma once

#include "testlibrary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace parallax::test {

struct ExportFixture
{
    TestLibrary library;
    QList<qint64> articles; // the seeds, then the Ukrainian report (last)
    qint64 parentCode = 0;
    qint64 childCode = 0;
    qint64 otherCode = 0;
    qint64 claim = 0;
    qint64 emojiPassage = 0; // a coded passage after the emoji
    QString ukrainianBody;

    ExportFixture();
    qint64 ukrainian() const { return articles.constLast(); }
};

// "articles=6 annotations=… ": the row counts of the tables an import writes.
QString libraryState(TestLibrary &library);
// Writes a zip of the entries, in order, at path.
QString writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);

} // namespace parallax::test
