// libFuzzer harness: any text through the analyser (quotations, speakers, places). Every
// finding must lie inside the text it was found in.
#include "analysis/analyser.h"

#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const parallax::analysis::Analyser analyser;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const parallax::analysis::Analysis result = analyser.analyse(text);
    const auto inside = [&text](const parallax::analysis::Span &span, bool mayBeEmpty) {
        return span.start >= 0 && span.end <= text.size() &&
               (mayBeEmpty ? span.start <= span.end : span.start < span.end);
    };
    // A speaker inferred from elsewhere (the headline's main speaker) has an empty mention span.
    const auto mentionFits = [&](const parallax::analysis::QuoteFinding &quote) {
        return !quote.mention || quote.mention->span.size() == 0 ||
               inside(quote.mention->span, false);
    };
    for (const auto &quote : result.quotes)
        if (!inside(quote.span, true) || !inside(quote.marks, false) || !mentionFits(quote))
            __builtin_trap();
    for (const auto &place : result.places)
        if (!inside(place.span, false))
            __builtin_trap();
    return 0;
}
