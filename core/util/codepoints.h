// Conversion between UTF-16 offsets (QString indices, used in storage) and Unicode code points
// (used in every export and in the CLI's JSON).
#pragma once

#include <QStringView>

namespace parallax {

// Number of code points in text[0, utf16Offset).
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);

// UTF-16 index of the code point at position codePoint; text.size() when past the end.
qsizetype utf16Offset(QStringView text, qsizetype codePoint);

inline qsizetype codePointLength(QStringView text)
{
    return codePointOffset(text, text.size());
}

} // namespace parallax
