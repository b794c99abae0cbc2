#include "analysis/cyrillicstem.h"

#include <array>

namespace parallax::analysis {

namespace {

constexpr qsizetype kMinStem = 3;

// Case endings of nouns and adjectives, longest first. Names are proper nouns, so verb
// endings are not needed.
constexpr std::array<std::u16string_view, 58> kEndings = {
    u"ами", u"ями", u"ого", u"его", u"ому", u"ему", u"ыми", u"ими", u"ова", u"ові", u"еві", u"єві",
    u"ией", u"ією", u"ой",  u"ей",  u"ом",  u"ем",  u"ах",  u"ях",  u"ам",  u"ям",  u"ую",  u"юю",
    u"ая",  u"яя",  u"ое",  u"ее",  u"ые",  u"ие",  u"ый",  u"ий",  u"ых",  u"их",  u"ым",  u"им",
    u"ою",  u"ею",  u"ої",  u"ії",  u"ии",  u"ию",  u"ію",  u"ій",  u"ия",  u"ія",  u"а",   u"я",
    u"у",   u"ю",   u"е",   u"є",   u"і",   u"ы",   u"и",   u"о",   u"ь",   u"й"};

// Nominative endings stripped from a registry name to get its stem.
constexpr std::array<std::u16string_view, 16> kNominativeEndings = {
    u"ая", u"яя", u"ий", u"ый", u"ой", u"ое", u"ее", u"ія",
    u"ия", u"ь",  u"а",  u"я",  u"о",  u"е",  u"й",  u"і"};

bool endsWith(QStringView word, std::u16string_view ending)
{
    return word.size() >= qsizetype(ending.size()) + kMinStem &&
           word.endsWith(QStringView(ending.data(), qsizetype(ending.size())));
}

} // namespace

QVarLengthArray<QString, 2> cyrillicNameKeys(QStringView foldedToken)
{
    QString stem = foldedToken.toString();
    for (std::u16string_view ending : kNominativeEndings) {
        // In a short name "-ой" is part of the word, not an adjective's ending: Ханой is not
        // Хан.
        if (ending == u"ой" && foldedToken.size() <= kMinStem + 2)
            continue;
        if (endsWith(foldedToken, ending)) {
            stem.chop(qsizetype(ending.size()));
            break;
        }
    }
    QVarLengthArray<QString, 2> keys{stem};
    // Ukrainian closed-syllable і/ї alternate with о/є in the oblique cases.
    if (stem.endsWith(u"ів")) {
        QString alternate = stem;
        alternate[alternate.size() - 2] = u'о';
        keys.append(alternate);
    } else if (stem.endsWith(u"їв")) {
        QString alternate = stem;
        alternate[alternate.size() - 2] = u'є';
        keys.append(alternate);
    }
    return keys;
}

QVarLengthArray<QStringView, 8> cyrillicTextStems(QStringView foldedToken)
{
    QVarLengthArray<QStringView, 8> stems{foldedToken};
    for (std::u16string_view ending : kEndings) {
        if (endsWith(foldedToken, ending))
            stems.append(foldedToken.chopped(qsizetype(ending.size())));
    }
    return stems;
}

} // namespace parallax::analysis
