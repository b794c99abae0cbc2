// Small readers for article metadata: the language of a text and publication dates.
#pragma once

#include <QString>

namespace parallax {

// "en", "ru" or "uk" from the letters of the text; empty when it cannot tell.
QString guessLanguage(QStringView text);

// An ISO 8601 form of a date as pages write it ("2024-06-20T14:03:00+03:00", "2024-06-20",
// "Thu, 20 Jun 2024 11:03:00 GMT"); empty when the text is not a date.
QString normalizeDate(const QString &text);

} // namespace parallax
