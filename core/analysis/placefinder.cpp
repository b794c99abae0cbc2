#include "analysis/placefinder.h"

#include "analysis/lexicon.h"
#include "analysis/placepatterns.h"
#include "analysis/textfold.h"
#include "analysis/wordset.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

enum class Reading
{
    Unknown,
    City,
    Region
};

struct Candidate
{
    qsizetype token = 0;
    qsizetype count = 0;
    int place = -1;  // best gazetteer entry
    int city = -1;   // the city reading, when the name may be a city or its region
    int region = -1; // the region reading
    Reading cue = Reading::Unknown;
    QString rule;
};

const WordSet kGenericRegionWords = {u"region"_s,   u"regions"_s,   u"oblast"_s, u"oblasts"_s,
                                     u"province"_s, u"provinces"_s, u"krai"_s,   u"territory"_s};
const WordSet kRegionBeforeOf = {u"region"_s,   u"regions"_s,   u"province"_s, u"provinces"_s,
                                 u"republic"_s, u"republics"_s, u"oblast"_s,   u"all"_s,
                                 u"whole"_s,    u"capital"_s};
const WordSet kCityBeforeOf = {u"city"_s,      u"town"_s,     u"village"_s, u"capitals"_s,
                               u"outskirts"_s, u"centre"_s,   u"center"_s,  u"mayor"_s,
                               u"streets"_s,   u"residents"_s};
const WordSet kLiteralBefore = {
    u"in"_s,      u"at"_s,      u"near"_s,  u"outside"_s, u"around"_s,   u"into"_s,
    u"inside"_s,  u"across"_s,  u"visit"_s, u"visited"_s, u"visiting"_s, u"via"_s,
    u"through"_s, u"capital"_s, u"в"_s,     u"во"_s,      u"у"_s,        u"под"_s,
    u"около"_s,   u"возле"_s,   u"біля"_s,  u"поблизу"_s, u"під"_s};

// Only white space between two tokens (no sentence or clause break).
bool spaceBetween(const TextContext &c, qsizetype left)
{
    const QStringView gap = c.gapAfter(left);
    for (QChar c : gap)
        if (!c.isSpace())
            return false;
    return !gap.isEmpty();
}

// Only ", " or " and " (or both) between two candidates: a coordination.
bool coordinated(const TextContext &c, const Candidate &left, const Candidate &right)
{
    const qsizetype leftEnd = left.token + left.count - 1;
    const qsizetype between = right.token - leftEnd - 1;
    if (between > 1)
        return false;
    if (between == 1 && !lexicon::isCoordinator(c.foldedAt(leftEnd + 1)))
        return false;
    const QStringView gap = c.text().mid(
        c.tokens().at(leftEnd).end, c.tokens().at(right.token).start - c.tokens().at(leftEnd).end);
    for (QChar g : gap)
        if (!(g.isSpace() || g == u',' || g == u'&' || g.isLetter()))
            return false;
    return between == 1 || gap.contains(u',') || gap.contains(u'&');
}

Reading cueFromContext(const TextContext &c, const Candidate &candidate)
{
    const qsizetype last = candidate.token + candidate.count - 1;
    if (spaceBetween(c, last) && kGenericRegionWords.contains(c.foldedAt(last + 1)))
        return Reading::Region;
    if (c.foldedAt(candidate.token - 1) == u"of"_s && spaceBetween(c, candidate.token - 1)) {
        const QString before = c.foldedAt(candidate.token - 2);
        if (before == u"capital"_s && c.foldedAt(candidate.token - 3) == u"regional"_s)
            return Reading::City;
        if (kRegionBeforeOf.contains(before))
            return Reading::Region;
        if (kCityBeforeOf.contains(before))
            return Reading::City;
    }
    return Reading::Unknown;
}

bool literalCapital(const TextContext &c, const Candidate &candidate)
{
    const Token &first = c.tokens().at(candidate.token);
    const QStringView mention = c.text().mid(
        first.start, c.tokens().at(candidate.token + candidate.count - 1).end - first.start);
    bool allCaps = mention.size() > 3;
    for (QChar letter : mention)
        if (letter.isLetter() && !letter.isUpper())
            allCaps = false;
    if (allCaps) // a dateline
        return true;
    const QString before = c.foldedAt(candidate.token - 1);
    if (kLiteralBefore.contains(before))
        return true;
    if (before == u"of"_s) {
        const QString beforeOf = c.foldedAt(candidate.token - 2);
        return beforeOf == u"out"_s || kCityBeforeOf.contains(beforeOf);
    }
    return false;
}

} // namespace

PlaceFinder::PlaceFinder(std::shared_ptr<const Gazetteer> gazetteer)
    : m_gazetteer(std::move(gazetteer)), m_evidence(*m_gazetteer)
{}

QList<PlaceFinding> PlaceFinder::find(const TextContext &c) const
{
    const QStringView text = c.text();
    const QList<Token> &tokens = c.tokens();
    const Gazetteer &gazetteer = *m_gazetteer;
    QList<Candidate> candidates;
    QList<NameMatch> names;
    for (qsizetype i = 0; i < tokens.size();) {
        if (!isUpperLetter(text[tokens.at(i).start].unicode())) {
            ++i;
            continue;
        }
        const PlaceMatch match = gazetteer.matchAt(text, tokens, c.keys(), i);
        if (match.tokenCount == 0 || match.places.isEmpty()) {
            ++i;
            continue;
        }
        Candidate candidate{i, match.tokenCount, match.places.front(), -1, -1, Reading::Unknown,
                            {}};
        for (int place : match.places) {
            const PlaceKind kind = gazetteer.place(place).kind;
            if (kind == PlaceKind::City && candidate.city < 0)
                candidate.city = place;
            else if (kind == PlaceKind::Region && candidate.region < 0)
                candidate.region = place;
        }
        if (candidate.city >= 0 && candidate.region < 0)
            candidate.region = gazetteer.regionWithSeat(candidate.city);
        if (gazetteer.place(candidate.place).kind == PlaceKind::Region)
            candidate.cue = Reading::Region;
        else if (candidate.city >= 0 && candidate.region >= 0)
            candidate.cue = cueFromContext(c, candidate);
        candidates.append(candidate);
        NameMatch name{i, match.tokenCount, match.places.front(), false};
        for (int place : match.places) {
            const GazetteerPlace &reading = gazetteer.place(place);
            name.prominent = name.prominent || reading.curated || reading.userDefined ||
                             reading.kind != PlaceKind::City ||
                             reading.population >= PlaceEvidence::kProminentPopulation;
        }
        names.append(name);
        i += match.tokenCount;
    }
    // Only the matches the text supports as places go on.
    const QList<bool> verdicts = m_evidence.weigh(c, names);
    for (qsizetype k = candidates.size() - 1; k >= 0; --k)
        if (!verdicts.at(k))
            candidates.removeAt(k);

    // "the Donetsk, Luhansk and Kherson regions", "the regional capitals of Kherson and
    // Zaporizhzhia": a cue at either end of a coordination covers every name in it, the
    // generic word after the last name first.
    for (qsizetype first = 0; first < candidates.size();) {
        qsizetype last = first;
        while (last + 1 < candidates.size() &&
               coordinated(c, candidates.at(last), candidates.at(last + 1)))
            ++last;
        const Reading cue = candidates.at(last).cue != Reading::Unknown ? candidates.at(last).cue
                                                                        : candidates.at(first).cue;
        if (last > first && cue != Reading::Unknown) {
            for (qsizetype k = first; k <= last; ++k) {
                Candidate &member = candidates[k];
                if (member.city >= 0 && member.region >= 0 && member.cue == Reading::Unknown) {
                    member.cue = cue;
                    member.rule = u"place.coordination"_s;
                }
            }
        }
        first = last + 1;
    }

    // One sense per article: an ambiguous name with no cue of its own follows the reading its
    // other mentions were given.
    QHash<int, int> votes; // city index -> region votes minus city votes
    for (const Candidate &candidate : std::as_const(candidates))
        if (candidate.city >= 0 && candidate.region >= 0 && candidate.cue != Reading::Unknown)
            votes[candidate.city] += candidate.cue == Reading::Region ? 1 : -1;

    QList<PlaceFinding> findings;
    findings.reserve(candidates.size());
    bool previousLiteral = false;
    for (qsizetype index = 0; index < candidates.size(); ++index) {
        Candidate &candidate = candidates[index];
        int chosen = candidate.place;
        double confidence = 0.95;
        QString rule = u"place.name"_s;
        if (candidate.city >= 0 && candidate.region >= 0) {
            Reading reading = candidate.cue;
            if (reading != Reading::Unknown) {
                rule = candidate.rule.isEmpty() ? u"place.context"_s : candidate.rule;
                confidence = 0.9;
            } else if (votes.value(candidate.city) != 0) {
                reading = votes.value(candidate.city) > 0 ? Reading::Region : Reading::City;
                rule = u"place.article-sense"_s;
                confidence = 0.75;
            } else {
                reading = Reading::City;
                rule = u"place.default-city"_s;
                confidence = 0.6;
            }
            chosen = reading == Reading::Region ? candidate.region : candidate.city;
        }
        const GazetteerPlace &place = gazetteer.place(chosen);
        PlaceFinding finding;
        finding.span = {tokens.at(candidate.token).start,
                        tokens.at(candidate.token + candidate.count - 1).end};
        finding.canonical = place.name;
        finding.kind = place.kind;
        finding.parent = place.parent;
        // "in Zurich and Kyiv": a literal reading carries through a coordination.
        bool literal = literalCapital(c, candidate);
        if (!literal && index > 0 && previousLiteral &&
            coordinated(c, candidates.at(index - 1), candidate))
            literal = true;
        previousLiteral = literal;
        finding.metonym = place.capital && !literal;
        finding.confidence = confidence;
        finding.rule = rule;
        findings.append(finding);
    }
    return addPatternPlaces(c, gazetteer, std::move(findings));
}

} // namespace parallax::analysis
