#include "analysis/placeevidence.h"

#include "analysis/givennames.h"
#include "analysis/lexicon.h"
#include "analysis/phraseindex.h"
#include "analysis/textfold.h"
#include "analysis/wordset.h"

#include <QFile>
#include <QSet>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax::analysis {
namespace {

// Where a place is: enough to read even a person's name as a place ("in Jordan").
const WordSet kLocative = {u"in"_s,     u"at"_s,     u"near"_s,       u"outside"_s, u"around"_s,
                           u"inside"_s, u"across"_s, u"throughout"_s, u"within"_s,  u"в"_s,
                           u"во"_s,     u"у"_s,      u"под"_s,        u"около"_s,   u"возле"_s,
                           u"близ"_s,   u"під"_s,    u"біля"_s,       u"поблизу"_s, u"поруч"_s};
// Movement to or from a place: support for a town, not for a person's name ("from David").
const WordSet kDirectional = {u"from"_s,    u"to"_s,       u"into"_s,    u"via"_s,
                              u"through"_s, u"toward"_s,   u"towards"_s, u"visit"_s,
                              u"visited"_s, u"visiting"_s, u"из"_s,      u"до"_s,
                              u"з"_s,       u"із"_s,       u"зі"_s,      u"через"_s};
// "the city of X", "the outskirts of X".
const WordSet kBeforeOf = {u"city"_s,      u"town"_s,   u"village"_s,  u"state"_s,   u"county"_s,
                           u"province"_s,  u"region"_s, u"capital"_s,  u"suburb"_s,  u"suburbs"_s,
                           u"outskirts"_s, u"north"_s,  u"south"_s,    u"east"_s,    u"west"_s,
                           u"centre"_s,    u"center"_s, u"heart"_s,    u"streets"_s, u"mayor"_s,
                           u"residents"_s, u"people"_s, u"citizens"_s, u"port"_s,    u"island"_s,
                           u"republic"_s,  u"kingdom"_s};
// Capitalised words that may stand right before a place name without making a longer name.
const WordSet kPlaceModifiers = {
    u"north"_s,        u"south"_s,        u"east"_s,      u"west"_s,         u"northern"_s,
    u"southern"_s,     u"eastern"_s,      u"western"_s,   u"central"_s,      u"northeast"_s,
    u"northwest"_s,    u"southeast"_s,    u"southwest"_s, u"northeastern"_s, u"northwestern"_s,
    u"southeastern"_s, u"southwestern"_s, u"upper"_s,     u"lower"_s,        u"greater"_s,
    u"downtown"_s,     u"rural"_s,        u"coastal"_s,   u"occupied"_s,     u"mainland"_s,
    u"metropolitan"_s, u"suburban"_s,     u"old"_s,       u"new"_s,          u"all"_s,
    u"neighbouring"_s, u"neighboring"_s,  u"the"_s,       u"post"_s,         u"pre"_s,
    u"anti"_s,         u"pro"_s};
// Capitalised words that may follow a place name without making a longer name.
const WordSet kPlaceHeads = {
    u"county"_s,    u"city"_s,       u"river"_s,     u"state"_s,      u"province"_s,
    u"region"_s,    u"oblast"_s,     u"island"_s,    u"islands"_s,    u"mountains"_s,
    u"valley"_s,    u"bay"_s,        u"lake"_s,      u"sea"_s,        u"ocean"_s,
    u"district"_s,  u"airport"_s,    u"port"_s,      u"harbor"_s,     u"harbour"_s,
    u"square"_s,    u"bridge"_s,     u"station"_s,   u"area"_s,       u"metro"_s,
    u"peninsula"_s, u"coast"_s,      u"border"_s,    u"counties"_s,   u"cities"_s,
    u"rivers"_s,    u"states"_s,     u"provinces"_s, u"regions"_s,    u"oblasts"_s,
    u"districts"_s, u"republic"_s,   u"republics"_s, u"memorandum"_s, u"accords"_s,
    u"agreement"_s, u"agreements"_s, u"format"_s,    u"protocol"_s,   u"declaration"_s,
    u"summit"_s};
// Titles and forms of address: the name after one is a person's ("President Jackson").
const WordSet kPersonTitles = {
    u"mr"_s,         u"mrs"_s,          u"ms"_s,           u"miss"_s,       u"dr"_s,
    u"sir"_s,        u"lord"_s,         u"lady"_s,         u"dame"_s,       u"president"_s,
    u"senator"_s,    u"sen"_s,          u"rep"_s,          u"gov"_s,        u"governor"_s,
    u"mayor"_s,      u"gen"_s,          u"general"_s,      u"col"_s,        u"colonel"_s,
    u"lt"_s,         u"sgt"_s,          u"sergeant"_s,     u"capt"_s,       u"captain"_s,
    u"coach"_s,      u"judge"_s,        u"justice"_s,      u"prof"_s,       u"professor"_s,
    u"rev"_s,        u"reverend"_s,     u"father"_s,       u"king"_s,       u"queen"_s,
    u"prince"_s,     u"princess"_s,     u"pope"_s,         u"minister"_s,   u"secretary"_s,
    u"chancellor"_s, u"officer"_s,      u"deputy"_s,       u"detective"_s,  u"agent"_s,
    u"councilman"_s, u"councilwoman"_s, u"commissioner"_s, u"sheriff"_s,    u"chief"_s,
    u"господин"_s,   u"госпожа"_s,      u"г-н"_s,          u"пан"_s,        u"пані"_s,
    u"президент"_s,  u"премьер"_s,      u"прем'єр"_s,      u"министр"_s,    u"міністр"_s,
    u"генерал"_s,    u"мэр"_s,          u"мер"_s,          u"губернатор"_s, u"депутат"_s,
    u"сенатор"_s,    u"актер"_s,        u"актор"_s,        u"писатель"_s,   u"письменник"_s,
    u"певица"_s,     u"співачка"_s,     u"певец"_s,        u"співак"_s};

bool allCaps(QStringView word)
{
    bool letters = false;
    for (QChar ch : word) {
        if (ch.isLetter()) {
            if (!ch.isUpper())
                return false;
            letters = true;
        }
    }
    return letters;
}

bool onlySpace(QStringView gap)
{
    if (gap.isEmpty())
        return false;
    for (QChar ch : gap)
        if (!ch.isSpace() || ch == u'\n')
            return false;
    return true;
}

bool isCapitalised(const TextContext &c, qsizetype token)
{
    return token >= 0 && token < c.tokenCount() && c.startsUpper(token);
}

// No earlier word of its sentence.
bool opensSentence(const TextContext &c, qsizetype token)
{
    if (token == 0)
        return true;
    const qsizetype start = c.tokens().at(token).start;
    return c.sentenceStart(start) > c.tokens().at(token - 1).start;
}

// The first word of a sentence, or of a clause that opens with a capital anyway: after a
// colon, a dash, a bracket or an opening quotation mark.
bool opensClause(const TextContext &c, qsizetype token)
{
    if (opensSentence(c, token))
        return true;
    const QStringView gap = c.gapAfter(token - 1).trimmed();
    if (gap.isEmpty())
        return false;
    const char16_t last = gap.back().unicode();
    return last == u':' || last == u'(' || last == u'«' || last == u'“' || last == u'„' ||
           last == u'"' || last == u'—' || last == u'–' || last == u'-' || last == u'\'' ||
           last == u'‘';
}

// A headline in title case: most words of the line capitalised, so capitals say nothing.
bool inTitleCaseLine(const TextContext &c, qsizetype token)
{
    const qsizetype position = c.tokens().at(token).start;
    const qsizetype from = c.lineStart(position);
    const qsizetype to = c.lineEnd(position);
    int words = 0;
    int capitalised = 0;
    for (qsizetype t = c.tokenAtOrAfter(from); t < c.tokenCount() && c.tokens().at(t).start < to;
         ++t) {
        if (c.foldedAt(t).size() < 4) // short function words stay lower case in headlines
            continue;
        ++words;
        capitalised += c.startsUpper(t) ? 1 : 0;
    }
    return words >= 3 && capitalised * 4 >= words * 3;
}

const PhraseIndex &personNames()
{
    static const PhraseIndex index = [] {
        PhraseIndex built;
        QFile file(u":/gazetteer/person-names.txt"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(file.readAll());
            for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
                const QStringView name = line.trimmed();
                if (!name.isEmpty() && !name.startsWith(u'#'))
                    built.add(name.toString(), 0);
            }
        }
        return built;
    }();
    return index;
}

bool isPersonNameToken(const TextContext &c, qsizetype token)
{
    if (token < 0 || token >= c.tokenCount())
        return false;
    const PhraseMatch match = personNames().matchAt(c.text(), c.tokens(), c.keys(), token);
    return match.tokenCount == 1 || GivenNames::bundled().isGivenName(c, token);
}

} // namespace

PlaceEvidence::PlaceEvidence(const Gazetteer &gazetteer) : m_gazetteer(gazetteer) {}

bool PlaceEvidence::isPersonName(const TextContext &c, const NameMatch &match) const
{
    return match.count == 1 && isPersonNameToken(c, match.token);
}

QList<bool> PlaceEvidence::weigh(const TextContext &c, const QList<NameMatch> &matches) const
{
    const qsizetype n = matches.size();
    std::vector<bool> against(size_t(n), false);
    std::vector<bool> needsSupport(size_t(n), false);
    std::vector<bool> supported(size_t(n), false); // any support
    // Support a person's name needs too: not "from David".
    std::vector<bool> strong(size_t(n), false);
    std::vector<bool> personNames(size_t(n), false);  // Jordan, Tyler, Vladimir
    std::vector<bool> everydayName(size_t(n), false); // "Police", "Так": a word as well as a name
    QSet<qsizetype> matchStarts;
    for (const NameMatch &m : matches)
        matchStarts.insert(m.token);
    // The line of the current match: matches come in text order, so each line is read once.
    qsizetype lineStart = -1;
    qsizetype lineEnd = -1;
    bool titleCase = false;

    for (qsizetype i = 0; i < n; ++i) {
        const NameMatch &m = matches.at(i);
        const qsizetype last = m.token + m.count - 1;
        const qsizetype position = c.tokens().at(m.token).start;
        if (position >= lineEnd) {
            lineStart = c.lineStart(position);
            lineEnd = qMax(c.lineEnd(position), position + 1);
            titleCase = inTitleCaseLine(c, m.token);
        }
        const QString before = c.foldedAt(m.token - 1);

        // Support from the words around it.
        const QStringView after = last + 1 < c.tokenCount() ? c.gapAfter(last) : QStringView();
        // A dateline opens its line in capitals ("KYIV, Ukraine —") or runs to a dash soon
        // after ("Kyiv, 5 March (Reuters) —"); "Так, ..." opening a paragraph is neither.
        const qsizetype nameEnd = c.tokens().at(last).end;
        const QStringView lineRest = c.text().mid(nameEnd, qMin<qsizetype>(60, lineEnd - nameEnd));
        const bool dateline =
            c.tokenAtOrAfter(lineStart) == m.token &&
            (after.contains(u',') || after.contains(u'—') || after.contains(u'–')) &&
            (allCaps(c.tokenText(m.token)) || lineRest.contains(u'—') || lineRest.contains(u'–') ||
             lineRest.contains(u" - "));
        strong[i] = kLocative.contains(before) || dateline ||
                    (before == u"of"_s && kBeforeOf.contains(c.foldedAt(m.token - 2))) ||
                    (after.trimmed() == u"-"_s && c.foldedAt(last + 1) == u"based"_s);
        supported[i] = strong.at(i) || kDirectional.contains(before);

        // Against: part of a person's name or of a longer name. Russian and Ukrainian put a
        // genitive after a capitalised or titled noun ("Центробанк России", "президент США"),
        // so there only names that may be people's or small towns are held to this.
        const bool latin = c.tokenText(m.token).front().unicode() < 0x0400;
        const bool personName = isPersonName(c, m);
        personNames[i] = personName;
        const bool strict = latin || personName || !m.prominent;
        if (m.token > 0 && strict) {
            const qsizetype prev = m.token - 1;
            const QStringView gap = c.gapAfter(prev);
            const bool joined =
                onlySpace(gap) || (gap.trimmed() == u"."_s && lexicon::isAbbreviation(before));
            if (joined && !matchStarts.contains(prev)) {
                if (kPersonTitles.contains(before) ||
                    (isCapitalised(c, prev) && isPersonNameToken(c, prev)))
                    against[i] = true;
                else if (!titleCase && !m_gazetteer.place(m.place).curated &&
                         isCapitalised(c, prev) && !allCaps(c.tokenText(prev)) &&
                         !opensSentence(c, prev) && !lexicon::isNotAName(before) &&
                         !kPlaceModifiers.contains(before))
                    against[i] = true; // "Real Madrid"
            }
        }
        // "Virginia Railway Express", "Boston Globe"; not in Cyrillic, where a genitive comes
        // before a name ("президент США Дональд Трамп").
        if (latin && (personName || !m.prominent) && !titleCase && last + 1 < c.tokenCount() &&
            onlySpace(c.gapAfter(last)) && isCapitalised(c, last + 1) &&
            !matchStarts.contains(last + 1) && !allCaps(c.tokenText(last + 1))) {
            const QString next = c.foldedAt(last + 1);
            if (!kPlaceHeads.contains(next) && !kPersonTitles.contains(next) &&
                !lexicon::isNotAName(next))
                against[i] = true;
        }

        // In need of support.
        everydayName[i] =
            m_gazetteer.isEverydayName(c.text(), c.tokens(), c.keys(), m.token, m.count) &&
            !allCaps(c.tokenText(m.token));
        const bool everyday = everydayName.at(i) && (titleCase || opensClause(c, m.token));
        if (personName || everyday || !m.prominent)
            needsSupport[i] = true;
        // "in March 2022": a month, a weekday or a demonym that a small town is also named.
        if (m.count == 1 && !m_gazetteer.place(m.place).curated &&
            lexicon::isNotAName(c.foldedAt(m.token)))
            against[i] = true;
        // "Moore said": a person, not the town.
        if ((personName || !m.prominent) && last + 1 < c.tokenCount() &&
            lexicon::isSpeechVerb(c.foldedAt(last + 1)))
            against[i] = true;
    }

    // "Springfield, Ill.", "Gori, Georgia": a town and the region after it support each other.
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const NameMatch &left = matches.at(i);
        const NameMatch &right = matches.at(i + 1);
        const qsizetype last = left.token + left.count - 1;
        if (right.token == last + 1 && c.gapAfter(last).trimmed() == u","_s) {
            const PlaceKind kind = m_gazetteer.place(right.place).kind;
            if (kind == PlaceKind::Region || kind == PlaceKind::Country) {
                supported[i] = supported[i + 1] = strong[i] = strong[i + 1] = true;
                against[i] = against[i + 1] = false;
            }
        }
    }

    const auto accepted = [&](qsizetype i) -> bool {
        if (against.at(i))
            return false;
        if (!needsSupport.at(i))
            return true;
        return personNames.at(i) ? strong.at(i) : supported.at(i);
    };
    // Lists: "Boston, Chicago and Dallas" share the support of any member that has it.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i + 1 < n; ++i) {
            const NameMatch &left = matches.at(i);
            const NameMatch &right = matches.at(i + 1);
            const qsizetype last = left.token + left.count - 1;
            const qsizetype between = right.token - last - 1;
            const QStringView gap =
                c.text().mid(c.tokens().at(last).end,
                             c.tokens().at(right.token).start - c.tokens().at(last).end);
            const bool listed = (between == 0 && gap.trimmed() == u","_s) ||
                                (between == 1 && lexicon::isCoordinator(c.foldedAt(last + 1)));
            if (!listed || against.at(i) || against.at(i + 1))
                continue;
            if (accepted(i))
                supported[i + 1] = strong[i + 1] = true;
            if (accepted(i + 1))
                supported[i] = strong[i] = true;
        }
    }
    // One sense per article: a name read as a place somewhere is a place everywhere else; a
    // name that is also a word lends that reading only where the text supported it.
    QSet<int> placesSeen;
    for (qsizetype i = 0; i < n; ++i)
        if (accepted(i) && (!everydayName.at(i) || supported.at(i)))
            placesSeen.insert(matches.at(i).place);
    QList<bool> verdicts;
    verdicts.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        verdicts.append(accepted(i) ||
                        (!against.at(i) && placesSeen.contains(matches.at(i).place)));
    return verdicts;
}

} // namespace parallax::analysis
