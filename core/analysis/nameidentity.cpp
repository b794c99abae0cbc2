#include "analysis/nameidentity.h"

#include <QStringList>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace parallax::analysis {

namespace {

// ICU transliterators are not safe to share between threads; each thread makes its own. The
// BGN/PCGN systems are the ones English-language news follows (я -> ya, х -> kh, й -> y).
std::unique_ptr<icu::Transliterator> makeTransliterator(const char16_t *id)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(
        icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
}

icu::Transliterator *toAscii(bool ukrainian)
{
    thread_local std::unique_ptr<icu::Transliterator> russian =
        makeTransliterator(u"Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    thread_local std::unique_ptr<icu::Transliterator> ukrainianLatin =
        makeTransliterator(u"Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    return ukrainian ? ukrainianLatin.get() : russian.get();
}

bool looksUkrainian(QStringView name)
{
    for (QChar c : name) {
        const char16_t u = c.toLower().unicode();
        if (u == u'і' || u == u'ї' || u == u'є' || u == u'ґ')
            return true;
    }
    return false;
}

// Longest first, so "shch" is read before "sh" and "ch".
struct Folding
{
    const char *from;
    const char *to;
};
constexpr Folding kFoldings[] = {
    {"shch", "s"}, {"sch", "s"}, {"kh", "g"}, {"zh", "z"}, {"sh", "s"}, {"ch", "c"}, {"ts", "c"},
    {"tz", "c"},   {"ck", "k"},  {"x", "ks"}, {"w", "v"},  {"y", "i"},  {"j", "i"},  {"h", "g"},
};

QString foldRomanisation(const QString &word)
{
    QString folded;
    folded.reserve(word.size());
    for (qsizetype at = 0; at < word.size();) {
        bool replaced = false;
        for (const Folding &folding : kFoldings) {
            const QLatin1StringView from(folding.from);
            if (QStringView(word).sliced(at).startsWith(from)) {
                folded += QLatin1StringView(folding.to);
                at += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            folded += word.at(at++);
    }
    // Doubled letters ("Zelenskyy" -> "zelenskii" -> "zelenski", "Mariya" -> "mariia" -> "maria").
    QString single;
    single.reserve(folded.size());
    for (QChar c : std::as_const(folded))
        if (single.isEmpty() || single.back() != c)
            single += c;
    return single;
}

} // namespace

QString nameIdentityKey(QStringView name)
{
    icu::UnicodeString text(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
    if (icu::Transliterator *transliterator = toAscii(looksUkrainian(name)))
        transliterator->transliterate(text);
    else
        text.toLower();
    const QString latin =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words.append(foldRomanisation(word));
        word.clear();
    };
    for (QChar c : latin) {
        if (c >= u'a' && c <= u'z')
            word += c;
        else if (c.isSpace() || c == u'-' || c == u'.')
            flush();
        // Apostrophes and soft signs ("Zelens'kij") are dropped inside the word.
    }
    flush();
    return words.join(u' ');
}

bool isWholeNameKey(const QString &key)
{
    return key.contains(u' ');
}

} // namespace parallax::analysis
