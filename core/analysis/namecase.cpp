#include "analysis/namecase.h"

#include "analysis/textfold.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

struct Ending
{
    std::u16string_view oblique;
    std::u16string_view nominative;
    char sex;
};

// Oblique endings of surnames and patronymics and the nominative they come from, longest
// first within each family. Case endings of adjectival surnames (-ский, -ська) and of the
// possessive ones (-ов, -ин) differ; the plain consonant stems take noun endings.
constexpr Ending kEndings[] = {
    {u"ского", u"ский", 'm'},  {u"скому", u"ский", 'm'},   {u"ским", u"ский", 'm'},
    {u"ском", u"ский", 'm'},   {u"цкого", u"цкий", 'm'},   {u"цкому", u"цкий", 'm'},
    {u"цким", u"цкий", 'm'},   {u"ського", u"ський", 'm'}, {u"ському", u"ський", 'm'},
    {u"ським", u"ський", 'm'}, {u"цького", u"цький", 'm'}, {u"цькому", u"цький", 'm'},
    {u"цьким", u"цький", 'm'}, {u"ской", u"ская", 'f'},    {u"скую", u"ская", 'f'},
    {u"цкой", u"цкая", 'f'},   {u"цкую", u"цкая", 'f'},    {u"ської", u"ська", 'f'},
    {u"ській", u"ська", 'f'},  {u"ською", u"ська", 'f'},   {u"ську", u"ська", 'f'},
    {u"цької", u"цька", 'f'},  {u"цькій", u"цька", 'f'},   {u"цькою", u"цька", 'f'},
    {u"цьку", u"цька", 'f'},   {u"овой", u"ова", 'f'},     {u"евой", u"ева", 'f'},
    {u"иной", u"ина", 'f'},    {u"ової", u"ова", 'f'},     {u"евої", u"ева", 'f'},
    {u"іної", u"іна", 'f'},    {u"овою", u"ова", 'f'},     {u"овій", u"ова", 'f'},
    {u"овым", u"ов", 'm'},     {u"евым", u"ев", 'm'},      {u"иным", u"ин", 'm'},
    {u"овим", u"ов", 'm'},     {u"евим", u"ев", 'm'},      {u"іним", u"ін", 'm'},
    {u"ові", u"ов", 'm'},      {u"ича", u"ич", 'm'},       {u"ичу", u"ич", 'm'},
    {u"ичем", u"ич", 'm'},     {u"овны", u"овна", 'f'},    {u"овне", u"овна", 'f'},
    {u"овну", u"овна", 'f'},   {u"овной", u"овна", 'f'},   {u"енка", u"енко", 'm'},
    {u"енку", u"енко", 'm'},   {u"енком", u"енко", 'm'},   {u"ова", u"ов", 'm'},
    {u"ева", u"ев", 'm'},      {u"ину", u"ин", 'm'},
};

// Noun endings of a surname on a consonant (Учакин-а, Кузнец-у, Ходз-ы is not one): for men only.
constexpr std::u16string_view kConsonantEndings[] = {u"ом", u"ем", u"а", u"у", u"я", u"ю"};

bool isCyrillicWord(QStringView word)
{
    return !word.isEmpty() && isCyrillic(word.front().unicode());
}

bool isVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюяієї").contains(c.toLower());
}

QString replaceEnding(QStringView word, qsizetype chop, std::u16string_view with)
{
    return word.chopped(chop).toString() + QStringView(with.data(), qsizetype(with.size()));
}

// The nominatives a declined surname or patronymic can come from, for a person of that sex.
QStringList nominativesOf(QStringView word, char sex)
{
    QStringList found;
    const QString folded = foldText(word);
    for (const Ending &ending : kEndings) {
        const QStringView oblique(ending.oblique.data(), qsizetype(ending.oblique.size()));
        if (ending.sex == sex && folded.size() > oblique.size() + 1 &&
            QStringView(folded).endsWith(oblique))
            found.append(replaceEnding(word, oblique.size(), ending.nominative));
    }
    if (found.isEmpty() && sex == 'm') {
        for (std::u16string_view e : kConsonantEndings) {
            const QStringView ending(e.data(), qsizetype(e.size()));
            if (folded.size() > ending.size() + 2 && QStringView(folded).endsWith(ending) &&
                !isVowel(folded.at(folded.size() - ending.size() - 1))) {
                found.append(word.chopped(ending.size()).toString());
                break;
            }
        }
    }
    return found;
}

// Whether a surname can stand in the nominative for a person of that sex.
bool canBeNominative(QStringView word, char sex)
{
    const QString folded = foldText(word);
    const QStringView f(folded);
    if (f.endsWith(u"ко") || f.endsWith(u"о") || f.endsWith(u"е") || f.endsWith(u"и") ||
        f.endsWith(u"ых") || f.endsWith(u"их") || f.endsWith(u"у") || f.endsWith(u"ю"))
        return true;
    if (sex == 'f')
        return f.endsWith(u"ова") || f.endsWith(u"ева") || f.endsWith(u"ина") ||
               f.endsWith(u"ына") || f.endsWith(u"ая") || f.endsWith(u"ська") ||
               f.endsWith(u"цька") || f.endsWith(u"овна") || f.endsWith(u"івна") ||
               f.endsWith(u"ївна") || !isVowel(f.back());
    return !f.endsWith(u"а") && !f.endsWith(u"ы") && !f.endsWith(u"ом") && !f.endsWith(u"ым") &&
           !f.endsWith(u"им") && !f.endsWith(u"ого") && !f.endsWith(u"ому");
}

} // namespace

char surnameSex(QStringView surname)
{
    const QString folded = foldText(surname);
    const QStringView f(folded);
    if (!isCyrillicWord(f))
        return 0;
    if (f.endsWith(u"ова") || f.endsWith(u"ева") || f.endsWith(u"ина") || f.endsWith(u"ская") ||
        f.endsWith(u"цкая") || f.endsWith(u"ська") || f.endsWith(u"цька"))
        return 'f';
    if (f.endsWith(u"ов") || f.endsWith(u"ев") || f.endsWith(u"ин") || f.endsWith(u"ский") ||
        f.endsWith(u"цкий") || f.endsWith(u"ський") || f.endsWith(u"цький"))
        return 'm';
    return 0;
}

NominativeName nominativeName(const QStringList &words, const QList<GivenName> &given)
{
    if (words.isEmpty() || !isCyrillicWord(words.constLast()))
        return {words.join(u' '), given.size() == 1 ? given.front().sex : char(0)};
    if (given.isEmpty())
        return {words.join(u' '), surnameSex(words.constLast())};
    const QString first = foldText(words.front());
    // Readings in order of preference: the given name as written (nominative) with every
    // other word as written, then each declined reading.
    for (const GivenName &name : given) {
        if (foldText(name.name) != first)
            continue;
        bool fits = true;
        for (qsizetype i = 1; i < words.size(); ++i)
            fits = fits && canBeNominative(words.at(i), name.sex ? name.sex : 'm');
        if (fits)
            return {words.join(u' '), name.sex};
    }
    for (const GivenName &name : given) {
        if (foldText(name.name) == first || !name.sex)
            continue;
        QStringList nominative{name.name};
        bool fits = true;
        for (qsizetype i = 1; i < words.size() && fits; ++i) {
            const QStringList readings = nominativesOf(words.at(i), name.sex);
            if (!readings.isEmpty())
                nominative.append(readings.front());
            else if (canBeNominative(words.at(i), name.sex))
                nominative.append(words.at(i)); // Даниленко, Петрук: not declined
            else
                fits = false;
        }
        if (fits)
            return {nominative.join(u' '), name.sex};
    }
    return {words.join(u' '), given.front().sex};
}

} // namespace parallax::analysis
