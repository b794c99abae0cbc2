// Normalises imported text (NFC, LF line ends, no BOM or invisible characters) and keeps a map
// from every normalised position back to the source, so findings can point into the original.
#pragma once

#include <QList>
#include <QString>

namespace parallax {

struct NormalizedText
{
    QString text;
    // sourceIndex[i] is the UTF-16 index in the source of normalised unit i; one extra entry
    // at the end maps text.size() to the source length.
    QList<qsizetype> sourceIndex;

    qsizetype toSource(qsizetype normalizedIndex) const;
};

// True for the invisible characters that import removes: BOM/ZWNBSP, zero-width space, word
// joiner, soft hyphen and direction marks. Zero-width (non-)joiners stay: emoji and some
// scripts need them.
bool isDroppedInvisible(char16_t c);

NormalizedText normalizeText(const QString &source);

// The same text as normalizeText, without the position map; returns source itself (no copy)
// when it is already normal, as almost all news text is.
QString normalizedText(const QString &source);

} // namespace parallax
