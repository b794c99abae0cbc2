// Turns the bytes of a file into text: BOMs, strict UTF-8, then ICU's legacy-charset detection.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace parallax {

struct DecodedText
{
    QString text;
    QString encoding; // the name of what was decoded: "UTF-8", "UTF-16LE", "windows-1251", ...
    bool hadBom = false;
};

// declaredCharset is what the file itself says (an HTML <meta charset>); it is tried after
// UTF-8 and before detection. Fails with Binary for NUL bytes outside UTF-16, Empty for no
// bytes, and Encoding when nothing decodes the bytes into plausible text.
Result<DecodedText> decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// Decodes with a named charset through ICU; fails on unknown names or invalid bytes.
Result<QString> decodeWithCharset(const QByteArray &bytes, const QByteArray &charset);

} // namespace parallax
