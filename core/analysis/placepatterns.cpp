#include "analysis/placepatterns.h"

#include "analysis/lexicon.h"
#include "analysis/wordset.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::analysis {
namespace {

const WordSet kCountyWords = {u"county"_s, u"parish"_s, u"borough"_s, u"township"_s};

// AP style abbreviations of the US states, as newspapers write them after a town.
const QHash<QString, QString> &stateAbbreviations()
{
    static const QHash<QString, QString> states = {
        {u"Ala."_s, u"Alabama"_s},        {u"Ariz."_s, u"Arizona"_s},
        {u"Ark."_s, u"Arkansas"_s},       {u"Calif."_s, u"California"_s},
        {u"Colo."_s, u"Colorado"_s},      {u"Conn."_s, u"Connecticut"_s},
        {u"Del."_s, u"Delaware"_s},       {u"D.C."_s, u"District of Columbia"_s},
        {u"Fla."_s, u"Florida"_s},        {u"Ga."_s, u"Georgia"_s},
        {u"Ill."_s, u"Illinois"_s},       {u"Ind."_s, u"Indiana"_s},
        {u"Kan."_s, u"Kansas"_s},         {u"Kans."_s, u"Kansas"_s},
        {u"Ky."_s, u"Kentucky"_s},        {u"La."_s, u"Louisiana"_s},
        {u"Md."_s, u"Maryland"_s},        {u"Mass."_s, u"Massachusetts"_s},
        {u"Mich."_s, u"Michigan"_s},      {u"Minn."_s, u"Minnesota"_s},
        {u"Miss."_s, u"Mississippi"_s},   {u"Mo."_s, u"Missouri"_s},
        {u"Mont."_s, u"Montana"_s},       {u"Neb."_s, u"Nebraska"_s},
        {u"Nev."_s, u"Nevada"_s},         {u"N.H."_s, u"New Hampshire"_s},
        {u"N.J."_s, u"New Jersey"_s},     {u"N.M."_s, u"New Mexico"_s},
        {u"N.Y."_s, u"New York"_s},       {u"N.C."_s, u"North Carolina"_s},
        {u"N.D."_s, u"North Dakota"_s},   {u"Okla."_s, u"Oklahoma"_s},
        {u"Ore."_s, u"Oregon"_s},         {u"Pa."_s, u"Pennsylvania"_s},
        {u"R.I."_s, u"Rhode Island"_s},   {u"S.C."_s, u"South Carolina"_s},
        {u"S.D."_s, u"South Dakota"_s},   {u"Tenn."_s, u"Tennessee"_s},
        {u"Tex."_s, u"Texas"_s},          {u"Vt."_s, u"Vermont"_s},
        {u"Va."_s, u"Virginia"_s},        {u"Wash."_s, u"Washington"_s},
        {u"W.Va."_s, u"West Virginia"_s}, {u"W. Va."_s, u"West Virginia"_s},
        {u"Wis."_s, u"Wisconsin"_s},      {u"Wyo."_s, u"Wyoming"_s}};
    return states;
}

bool joinedBySpace(const TextContext &c, qsizetype left)
{
    const QStringView gap = c.gapAfter(left);
    if (gap.isEmpty() || gap.size() > 2)
        return false;
    for (QChar ch : gap)
        if (ch != u' ' && ch != u'.') // "St. Tammany"
            return false;
    return true;
}

// The capitalised words right before token end (up to three), as the first of them.
qsizetype nameStart(const TextContext &c, qsizetype end)
{
    qsizetype first = end;
    for (qsizetype t = end - 1; t >= 0 && end - t <= 3; --t) {
        if (!c.startsUpper(t) || !joinedBySpace(c, t) || lexicon::isNotAName(c.foldedAt(t)))
            break;
        first = t;
    }
    return first;
}

// The state written at text position `at` (after ", "), and where it ends.
std::optional<std::pair<QString, qsizetype>> stateAt(const TextContext &c,
                                                     const Gazetteer &gazetteer, qsizetype token)
{
    if (token >= c.tokenCount())
        return std::nullopt;
    const QStringView rest = c.text().mid(c.tokens().at(token).start, 6);
    for (auto it = stateAbbreviations().cbegin(); it != stateAbbreviations().cend(); ++it) {
        if (rest.startsWith(it.key())) {
            const qsizetype end = c.tokens().at(token).start + it.key().size();
            const bool wordEnds = end >= c.text().size() || !c.text()[end].isLetter();
            if (wordEnds)
                return std::pair{it.value(), end};
        }
    }
    const PlaceMatch match = gazetteer.matchAt(c.text(), c.tokens(), c.keys(), token);
    for (int index : match.places) {
        const GazetteerPlace &place = gazetteer.place(index);
        if (place.kind == PlaceKind::Region && place.country == u"United States"_s)
            return std::pair{place.name, c.tokens().at(token + match.tokenCount - 1).end};
    }
    return std::nullopt;
}

PlaceFinding patternFinding(const TextContext &c, qsizetype first, qsizetype last, PlaceKind kind,
                            const QString &parent, const QString &rule)
{
    PlaceFinding finding;
    finding.span = {c.tokens().at(first).start, c.tokens().at(last).end};
    finding.canonical =
        c.text().mid(finding.span.start, finding.span.end - finding.span.start).toString();
    finding.kind = kind;
    finding.parent = parent;
    finding.confidence = 0.7;
    finding.rule = rule;
    return finding;
}

} // namespace

QList<PlaceFinding> addPatternPlaces(const TextContext &c, const Gazetteer &gazetteer,
                                     QList<PlaceFinding> findings)
{
    QList<PlaceFinding> found;
    for (qsizetype t = 1; t < c.tokenCount(); ++t) {
        // "Licking County"
        if (c.startsUpper(t) && kCountyWords.contains(c.foldedAt(t))) {
            const qsizetype first = nameStart(c, t);
            if (first < t)
                found.append(
                    patternFinding(c, first, t, PlaceKind::Region, {}, u"place.county-name"_s));
            continue;
        }
        // "Chiefland, Fla."
        if (c.gapAfter(t - 1).trimmed() == u","_s && c.startsUpper(t - 1)) {
            const auto state = stateAt(c, gazetteer, t);
            if (!state)
                continue;
            const qsizetype first = nameStart(c, t - 1);
            if (lexicon::isNotAName(c.foldedAt(first)) || c.tokenText(first).size() < 3)
                continue;
            found.append(patternFinding(c, first, t - 1, PlaceKind::City, state->first,
                                        u"place.town-state"_s));
            PlaceFinding stateFinding;
            stateFinding.span = {c.tokens().at(t).start, state->second};
            stateFinding.canonical = state->first;
            stateFinding.kind = PlaceKind::Region;
            stateFinding.parent = u"United States"_s;
            stateFinding.confidence = 0.9;
            stateFinding.rule = u"place.town-state"_s;
            found.append(stateFinding);
        }
    }
    if (found.isEmpty())
        return findings;
    // A pattern place replaces the gazetteer findings it covers; where a gazetteer finding
    // covers the same words whole ("Boone County" in the table), that one stays.
    for (const PlaceFinding &pattern : std::as_const(found)) {
        bool known = false;
        for (const PlaceFinding &existing : std::as_const(findings))
            if (existing.span.start == pattern.span.start && existing.span.end == pattern.span.end)
                known = true;
        if (known)
            continue;
        findings.removeIf([&pattern](const PlaceFinding &f) {
            return f.span.start >= pattern.span.start && f.span.end <= pattern.span.end;
        });
        bool overlaps = false;
        for (const PlaceFinding &existing : std::as_const(findings))
            if (existing.span.start < pattern.span.end && pattern.span.start < existing.span.end)
                overlaps = true;
        if (!overlaps)
            findings.append(pattern);
    }
    std::sort(findings.begin(), findings.end(), [](const PlaceFinding &a, const PlaceFinding &b) {
        return a.span.start < b.span.start;
    });
    return findings;
}

} // namespace parallax::analysis
