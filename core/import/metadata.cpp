#include "import/metadata.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace parallax {

QString guessLanguage(QStringView text)
{
    // Count a bounded prefix: a few thousand letters decide it.
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    qsizetype ukrainianOnly = 0; // і ї є ґ
    qsizetype russianOnly = 0;   // ы э ъ ё
    const qsizetype limit = qMin<qsizetype>(text.size(), 6000);
    for (qsizetype i = 0; i < limit; ++i) {
        char16_t c = text[i].unicode();
        if (c < 0x80) {
            c |= 0x20;
            latin += c >= u'a' && c <= u'z' ? 1 : 0;
        } else if (c >= 0x0400 && c <= 0x04FF) {
            ++cyrillic;
            // Fold the capitals that tell the languages apart (І Ї Є Ґ Ы Э Ъ Ё).
            if (c == 0x0406 || c == 0x0407 || c == 0x0404 || c == 0x0401)
                c += 0x50;
            else if (c == 0x0490)
                c = 0x0491;
            else if (c == 0x042B || c == 0x042D || c == 0x042A)
                c += 0x20;
            if (c == 0x0456 || c == 0x0457 || c == 0x0454 || c == 0x0491)
                ++ukrainianOnly;
            else if (c == 0x044B || c == 0x044D || c == 0x044A || c == 0x0451)
                ++russianOnly;
        }
    }
    if (latin + cyrillic < 20)
        return {};
    if (cyrillic > latin) {
        if (ukrainianOnly == 0 && russianOnly == 0)
            return {};
        return ukrainianOnly > russianOnly ? u"uk"_s : u"ru"_s;
    }
    // Only English is told apart among Latin-script languages: by its commonest words.
    static constexpr std::array<std::string_view, 7> kEnglish{"the", "and", "of",  "to",
                                                              "in",  "is",  "that"};
    std::array<int, kEnglish.size()> seen{};
    qsizetype words = 0;
    qsizetype hits = 0;
    qsizetype i = 0;
    char lower[5];
    while (i < limit) {
        while (i < limit && !text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < limit && text[i].isLetter())
            ++i;
        if (i == start)
            break;
        ++words;
        const qsizetype length = i - start;
        if (length < 2 || length > 4)
            continue;
        bool ascii = true;
        for (qsizetype k = 0; k < length; ++k) {
            const char16_t c = text[start + k].unicode();
            ascii = ascii && c < 0x80;
            lower[k] = char(c | 0x20);
        }
        if (!ascii)
            continue;
        const std::string_view word(lower, size_t(length));
        for (size_t k = 0; k < kEnglish.size(); ++k) {
            if (word == kEnglish[k]) {
                ++seen[k];
                ++hits;
                break;
            }
        }
    }
    const auto distinct = std::count_if(seen.cbegin(), seen.cend(), [](int n) { return n > 0; });
    // English prose has well over one word in ten among these; other languages share one or two.
    return words > 0 && distinct >= 3 && hits * 100 >= words * 12 ? u"en"_s : QString();
}

QString normalizeDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QDate dateOnly = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (trimmed.size() == 10 && dateOnly.isValid())
        return dateOnly.toString(Qt::ISODate);
    QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!dateTime.isValid()) {
        // Feeds write RFC 822 dates with zone names ("… 18:03:00 GMT", "EDT").
        static const QList<std::pair<QString, QString>> zones{
            {u" GMT"_s, u" +0000"_s}, {u" UTC"_s, u" +0000"_s}, {u" UT"_s, u" +0000"_s},
            {u" Z"_s, u" +0000"_s},   {u" EST"_s, u" -0500"_s}, {u" EDT"_s, u" -0400"_s},
            {u" CST"_s, u" -0600"_s}, {u" CDT"_s, u" -0500"_s}, {u" MST"_s, u" -0700"_s},
            {u" MDT"_s, u" -0600"_s}, {u" PST"_s, u" -0800"_s}, {u" PDT"_s, u" -0700"_s}};
        for (const auto &[name, offset] : zones) {
            if (trimmed.endsWith(name)) {
                dateTime =
                    QDateTime::fromString(trimmed.chopped(name.size()) + offset, Qt::RFC2822Date);
                break;
            }
        }
    }
    if (!dateTime.isValid()) {
        const QLocale c = QLocale::c();
        for (const QString &format : {u"d MMMM yyyy"_s, u"MMMM d, yyyy"_s, u"d MMM yyyy"_s,
                                      u"MMM d, yyyy"_s, u"dd.MM.yyyy"_s, u"yyyy/MM/dd"_s}) {
            const QDate date = c.toDate(trimmed, format);
            if (date.isValid())
                return date.toString(Qt::ISODate);
        }
        return dateOnly.isValid() ? dateOnly.toString(Qt::ISODate) : QString();
    }
    return dateTime.toString(Qt::ISODate);
}

} // namespace parallax
