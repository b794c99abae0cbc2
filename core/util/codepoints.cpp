#include "util/codepoints.h"

#include <QChar>

namespace parallax {

qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    const qsizetype end = qBound<qsizetype>(0, utf16Offset, text.size());
    qsizetype count = 0;
    for (qsizetype i = 0; i < end; ++i) {
        // A low surrogate that follows a high one completes a code point already counted.
        if (!(QChar::isLowSurrogate(text[i].unicode()) && i > 0 &&
              QChar::isHighSurrogate(text[i - 1].unicode())))
            ++count;
    }
    return count;
}

qsizetype utf16Offset(QStringView text, qsizetype codePoint)
{
    qsizetype seen = 0;
    qsizetype i = 0;
    while (i < text.size() && seen < codePoint) {
        const bool pair = QChar::isHighSurrogate(text[i].unicode()) && i + 1 < text.size() &&
                          QChar::isLowSurrogate(text[i + 1].unicode());
        i += pair ? 2 : 1;
        ++seen;
    }
    return i;
}

} // namespace parallax
