#include "analysis/textfold.h"

#include <QChar>
#include <array>
#include <memory>

namespace parallax::analysis {

namespace {

using FoldTable = std::array<char16_t, 0x10000>;

char16_t computeFold(char16_t c)
{
    if (QChar::isSurrogate(c))
        return c;
    char16_t folded = QChar::toLower(c);
    // Latin letters with diacritics fold to their base letter: the first unit of the
    // canonical decomposition.
    if (folded >= 0x00C0 && folded < 0x0250) {
        const QString decomposed = QChar(folded).decomposition();
        if (!decomposed.isEmpty() && QChar::decompositionTag(folded) == QChar::Canonical)
            folded = decomposed.front().unicode();
    }
    switch (folded) {
    case u'ё':
        return u'е';
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x02BB:
    case 0x0060:
    case 0x00B4:
    case 0x2032:
        return u'\'';
    case 0x00DF:
        return u's'; // ß
    default:
        return folded;
    }
}

const FoldTable &foldTable()
{
    static const std::unique_ptr<FoldTable> table = [] {
        auto built = std::make_unique<FoldTable>();
        for (char32_t c = 0; c < 0x10000; ++c)
            (*built)[c] = computeFold(char16_t(c));
        return built;
    }();
    return *table;
}

} // namespace

char16_t foldChar(char16_t c)
{
    return foldTable()[c];
}

QString foldText(QStringView text)
{
    const FoldTable &table = foldTable();
    QString folded(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(folded.data());
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = table[text[i].unicode()];
    return folded;
}

bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark() || QChar::isSurrogate(c);
}

bool isCyrillic(char16_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}

bool isUpperLetter(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    return QChar(c).isUpper() || QChar(c).isTitleCase();
}

bool isLowerLetter(char16_t c)
{
    if (c < 0x80)
        return c >= u'a' && c <= u'z';
    return QChar(c).isLower();
}

bool startsUpper(QStringView word)
{
    return !word.isEmpty() && isUpperLetter(word.front().unicode());
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB || c == 0x0060 ||
           c == 0x00B4 || c == 0x2032;
}

bool isDash(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
           c == 0x2015 || c == 0x2212;
}

bool isSingleSpace(QStringView gap)
{
    return gap.size() == 1 && (gap.front().isSpace() || gap.front() == u'-');
}

} // namespace parallax::analysis
