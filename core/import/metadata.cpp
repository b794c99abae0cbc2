#include "import/metadata.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {

QString guessLanguage(QStringView text)
{
    // Count a bounded prefix: a few thousand letters decide it.
    qsizetype latin = 0;
    qsizetype cyrillic = 0;
    qsizetype ukrainianOnly = 0; // і ї є ґ
    qsizetype russianOnly = 0;   // ы э ъ ё
    const qsizetype limit = qMin<qsizetype>(text.size(), 20000);
    for (qsizetype i = 0; i < limit; ++i) {
        const char16_t c = QChar::toLower(text[i].unicode());
        if ((c >= u'a' && c <= u'z'))
            ++latin;
        else if (c >= 0x0400 && c <= 0x04FF) {
            ++cyrillic;
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
    static const QStringList englishWords{u" the "_s, u" and "_s, u" of "_s, u" to "_s,
                                          u" in "_s, u" is "_s, u" that "_s};
    const QString sample = u' ' + text.left(limit).toString().toLower() + u' ';
    qsizetype hits = 0;
    int distinct = 0;
    for (const QString &word : englishWords) {
        const qsizetype n = sample.count(word);
        hits += n;
        distinct += n > 0 ? 1 : 0;
    }
    const qsizetype words = sample.count(u' ');
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
