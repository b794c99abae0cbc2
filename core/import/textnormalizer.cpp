#include "import/textnormalizer.h"

namespace parallax {
namespace {

// NFC never composes a character with one before it when it lies in these ranges, so the
// text can be normalised piecewise between them and each piece mapped to its start.
bool isSafeBoundary(char16_t c)
{
    return c < 0x0300 || (c >= 0x0370 && c < 0x0483) || (c >= 0x2000 && c < 0x2c00) ||
           (c >= 0x3000 && c < 0x3040);
}

} // namespace

qsizetype NormalizedText::toSource(qsizetype normalizedIndex) const
{
    if (sourceIndex.isEmpty())
        return normalizedIndex;
    return sourceIndex.at(qBound<qsizetype>(0, normalizedIndex, sourceIndex.size() - 1));
}

bool isDroppedInvisible(char16_t c)
{
    switch (c) {
    case 0xFEFF: // byte order mark / zero-width no-break space
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0x00AD: // soft hyphen
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
        return true;
    default:
        return false;
    }
}

QString normalizedText(const QString &source)
{
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        if (u == u'\r' || isDroppedInvisible(u) || (u >= 0x0300 && !isSafeBoundary(u)))
            return normalizeText(source).text;
    }
    return source;
}

NormalizedText normalizeText(const QString &source)
{
    // Pass 1: line ends and invisible characters, recording where each kept unit came from.
    QString cleaned;
    cleaned.reserve(source.size());
    QList<qsizetype> cleanedIndex;
    cleanedIndex.reserve(source.size() + 1);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const char16_t c = source[i].unicode();
        if (c == u'\r') {
            cleaned.append(u'\n');
            cleanedIndex.append(i);
            if (i + 1 < source.size() && source[i + 1] == u'\n')
                ++i;
            continue;
        }
        if (isDroppedInvisible(c))
            continue;
        cleaned.append(source[i]);
        cleanedIndex.append(i);
    }
    cleanedIndex.append(source.size());

    // Pass 2: NFC. Most news text already is, and then the map stays as it is.
    QString composed = cleaned.normalized(QString::NormalizationForm_C);
    if (composed == cleaned)
        return NormalizedText{std::move(cleaned), std::move(cleanedIndex)};

    NormalizedText result;
    result.text.reserve(cleaned.size());
    result.sourceIndex.reserve(cleaned.size() + 1);
    qsizetype pieceStart = 0;
    const auto flush = [&](qsizetype pieceEnd) {
        if (pieceEnd <= pieceStart)
            return;
        const QString piece =
            cleaned.mid(pieceStart, pieceEnd - pieceStart).normalized(QString::NormalizationForm_C);
        result.text.append(piece);
        for (qsizetype k = 0; k < piece.size(); ++k)
            result.sourceIndex.append(
                cleanedIndex.at(pieceStart + qMin(k, pieceEnd - pieceStart - 1)));
        pieceStart = pieceEnd;
    };
    for (qsizetype i = 1; i < cleaned.size(); ++i) {
        if (isSafeBoundary(cleaned[i].unicode()) && !cleaned[i].isLowSurrogate())
            flush(i);
    }
    flush(cleaned.size());
    result.sourceIndex.append(source.size());
    return result;
}

} // namespace parallax
