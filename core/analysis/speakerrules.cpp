#include "analysis/speakerrules.h"

#include "analysis/textfold.h"
#include "analysis/wordset.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis::sieve {
namespace {

constexpr qsizetype kForwardWindow = 9;

} // namespace

Attribution Sieve::fromMention(const PersonMention *mention, const QString &rule, double cap) const
{
    if (!mention)
        return {};
    const ResolvedSpeaker speaker = m_mentions.resolve(*mention);
    Attribution result;
    result.decided = true;
    result.mention = SpeakerMention{m_mentions.span(*mention), speaker.name, speaker.known};
    result.confidence = std::min(cap, speaker.name.isEmpty() ? 0.5 : speaker.confidence);
    result.rule = rule;
    return result;
}

Attribution Sieve::group(qsizetype token, const QString &rule) const
{
    const Token &t = m_c.tokens().at(token);
    return {true, SpeakerMention{{t.start, t.end}, {}, false}, 0.7, rule + u"/group"_s};
}

Attribution Sieve::subjectBefore(qsizetype verb, qsizetype sentenceStart, const QString &rule,
                                 bool fallback) const
{
    qsizetype k = verb - 1;
    while (k >= sentenceStart && verb - k <= 4 && lexicon::isVerbFiller(m_c.foldedAt(k)) &&
           !m_c.isQuotedToken(k))
        --k;
    if (k < sentenceStart || m_c.isQuotedToken(k))
        return {};
    // "журналиста Татьяны Даниленко, которая отмечает: «…»": the relative pronoun stands for
    // the name before its comma.
    if (lexicon::isRelativePronoun(m_c.foldedAt(k)) && k > sentenceStart &&
        m_c.gapAfter(k - 1).trimmed() == u","_s) {
        if (const PersonMention *mention = m_mentions.endingAt(k - 1))
            return fromMention(mention, rule + u"/relative"_s, 0.85);
        return {};
    }
    if (m_c.gapAfter(k).contains(u',')) {
        // "Mykhailo Podoliak, an adviser to President Zelensky, said": the subject stands
        // before the apposition.
        for (qsizetype j = k - 1; j >= sentenceStart && k - j <= 15; --j) {
            if (m_c.gapAfter(j).contains(u',')) {
                if (const PersonMention *mention = m_mentions.endingAt(j))
                    return fromMention(mention, rule, 0.9);
                break;
            }
        }
    } else if (const PersonMention *mention = m_mentions.endingAt(k)) {
        // "Учакин в комментарии РБК предположил": a name after a preposition and its noun
        // completes that noun; the subject stands before the phrase.
        const qsizetype noun = mention->firstToken - 1;
        if (mention->kind == MentionKind::Name && noun > sentenceStart && !m_c.startsUpper(noun) &&
            isPreposition(noun - 1) && m_c.gapAfter(noun - 1).trimmed().isEmpty() &&
            m_c.gapAfter(noun).trimmed().isEmpty()) {
            if (const PersonMention *subject = m_mentions.endingAt(noun - 2);
                subject && subject->kind == MentionKind::Name)
                return fromMention(subject, rule + u"/aside"_s, 0.85);
            return {};
        }
        return fromMention(mention, rule, 0.95);
    } else if (isGroupToken(k)) {
        return group(k, rule);
    } else if (const PersonMention *mention = mentionBeforePhrase(k, sentenceStart)) {
        return fromMention(mention, rule + u"/aside"_s, 0.85);
    }
    if (fallback)
        return fromMention(m_mentions.nearestBefore(verb, sentenceStart), rule + u"/nearest"_s,
                           0.7);
    return {};
}

// "Алексей Учакин в комментарии РБК предположил", "Шумков в своем Telegram-канале написал",
// "Smith on Tuesday said": a short prepositional phrase between the name and the verb.
bool Sieve::isPreposition(qsizetype token) const
{
    static const WordSet prepositions = {u"в"_s,  u"во"_s, u"у"_s, u"на"_s,
                                         u"in"_s, u"on"_s, u"at"_s};
    return token >= 0 && !m_c.isQuotedToken(token) && prepositions.contains(m_c.foldedAt(token));
}

const PersonMention *Sieve::mentionBeforePhrase(qsizetype last, qsizetype sentenceStart) const
{
    for (qsizetype p = last; p > sentenceStart && last - p < 4; --p) {
        if (m_c.isQuotedToken(p) || m_c.gapAfter(p - 1).trimmed().size() > 0)
            return nullptr;
        if (isPreposition(p)) {
            const PersonMention *mention = m_mentions.endingAt(p - 1);
            return mention && mention->kind == MentionKind::Name ? mention : nullptr;
        }
    }
    return nullptr;
}

Attribution Sieve::subjectAfter(qsizetype verb, qsizetype limit, const QString &rule,
                                bool crossCommas) const
{
    for (qsizetype k = verb + 1; k < limit && k - verb <= kForwardWindow; ++k) {
        const QStringView gap = m_c.gapAfter(k - 1);
        // "в. о. міністра", "Gov. Kate Brown": the dot of an abbreviation ends no clause.
        const bool abbreviation =
            m_c.foldedAt(k - 1).size() == 1 || lexicon::isAbbreviation(m_c.foldedAt(k - 1));
        for (QChar g : gap)
            if ((g == u'.' && !abbreviation) || g == u';' || g == u':' || g == u'\n' || g == u'"' ||
                g == u'“' || g == u'«' || (!crossCommas && g == u','))
                return {};
        if (m_c.isQuotedToken(k))
            return {};
        if (const PersonMention *mention = m_mentions.startingAt(k)) {
            // "представитель МИД России Мария Захарова": the person after her organisation.
            const PersonMention *next = m_mentions.startingAt(mention->lastToken + 1);
            if (mention->kind == MentionKind::Name && next && next->kind == MentionKind::Name &&
                m_mentions.isOrganisation(*mention) && !m_mentions.isOrganisation(*next) &&
                m_c.gapAfter(mention->lastToken).trimmed().isEmpty())
                mention = next;
            return fromMention(mention, rule, 0.95);
        }
        if (lexicon::isGroupWord(m_c.foldedAt(k)) && !crossCommas)
            return group(k, rule);
    }
    return {};
}

Attribution Sieve::trailing(const QuoteFinding &quote, qsizetype sentenceEnd) const
{
    const qsizetype first = m_c.tokenAtOrAfter(quote.marks.end);
    if (first >= m_c.tokenCount() || m_c.isQuotedToken(first))
        return {};
    for (QChar g : m_c.text().mid(quote.marks.end, m_c.tokens().at(first).start - quote.marks.end))
        if (!(g.isSpace() || g == u',' || isDash(g.unicode())) || g == u'\n')
            return {};
    const qsizetype limit = m_c.tokenAtOrAfter(sentenceEnd);
    // "…,'' Representative Peter T. King said", "…," Republican strategist Jo Ames said: the
    // title words before the name.
    qsizetype named = first;
    while (!m_mentions.startingAt(named) && named < limit && named - first < 4 &&
           (lexicon::isTitleWord(m_c.foldedAt(named)) || m_mentions.isPlaceToken(named)) &&
           m_c.gapAfter(named) == u" "_s)
        ++named;
    if (const PersonMention *mention = m_mentions.startingAt(named)) {
        if (verbAt(skipFillersForward(mention->lastToken + 1, limit)))
            return fromMention(mention, u"quote.trailing"_s, 0.95);
        // "…,'' Tina Tchen, Mrs. Obama's chief of staff, said": an apposition between the
        // name and the verb, closed by a comma.
        if (m_c.gapAfter(mention->lastToken).trimmed() == u","_s) {
            for (qsizetype k = mention->lastToken + 1; k < limit && k - mention->lastToken <= 14;
                 ++k) {
                if (m_c.isQuotedToken(k))
                    break;
                if (m_c.gapAfter(k).trimmed() == u","_s) {
                    if (verbAt(skipFillersForward(k + 1, limit)))
                        return fromMention(mention, u"quote.trailing-apposition"_s, 0.9);
                    break;
                }
            }
        }
    }
    // "the ministry said", "officials said"
    const qsizetype groupToken = m_c.foldedAt(first) == u"the"_s ? first + 1 : first;
    if (isGroupToken(groupToken) && verbAt(skipFillersForward(groupToken + 1, limit)))
        return group(groupToken, u"quote.trailing"_s);
    const qsizetype verb = skipFillersForward(first, limit);
    // "…," stating that he …: a participle's subject is the sentence's, before the quotation;
    // the name after it belongs to the clause it introduces.
    if (verbAt(verb) && !m_c.foldedAt(verb).endsWith(u"ing"_s)) {
        Attribution after = subjectAfter(verb, limit, u"quote.trailing"_s, false);
        if (after.decided)
            return after;
    }
    if (m_c.foldedAt(first) == u"by"_s)
        return subjectAfter(first, limit, u"quote.passive"_s, true);
    return {};
}

Attribution Sieve::accordingTo(qsizetype sentenceStart, qsizetype sentenceEnd) const
{
    const qsizetype last = m_c.tokenAtOrAfter(sentenceEnd);
    for (qsizetype k = m_c.tokenAtOrAfter(sentenceStart); k + 1 < last; ++k) {
        if (m_c.isQuotedToken(k) || !lexicon::isAttributionLead(m_c.foldedAt(k)))
            continue;
        if (lexicon::isAttributionPartner(m_c.foldedAt(k), m_c.foldedAt(k + 1)))
            return subjectAfter(k + 1, last, u"quote.according-to"_s, false);
        // "По ее словам", "за його словами", "in his words": the person the pronoun refers to.
        const char gender = lexicon::possessivePronounGender(m_c.foldedAt(k + 1));
        if (gender && k + 2 < last &&
            lexicon::isAttributionPartner(m_c.foldedAt(k), m_c.foldedAt(k + 2))) {
            PersonMention pronoun{k + 1, k + 1, MentionKind::Pronoun, -1, -1, {}, gender, {}};
            Attribution result = fromMention(&pronoun, u"quote.according-to"_s, 0.8);
            if (result.mention && !result.mention->speaker.isEmpty())
                return result;
        }
    }
    return {};
}

Attribution Sieve::possessive(const QuoteFinding &quote) const
{
    const qsizetype before = m_c.tokenAtOrAfter(quote.marks.start) - 1;
    const QStringView gap =
        m_c.text().mid(m_c.tokens().at(std::max<qsizetype>(before, 0)).end,
                       quote.marks.start - m_c.tokens().at(std::max<qsizetype>(before, 0)).end);
    if (before < 0 || gap.trimmed().size() > 0)
        return {};
    // "his “peace formula”", "Putin's hardline “conditions”": the owner one adjective away at most.
    for (qsizetype k = before; k >= 0 && before - k <= 1; --k) {
        if (m_c.isQuotedToken(k))
            return {};
        const QString &folded = m_c.foldedAt(k);
        if (const char gender = lexicon::possessivePronounGender(folded)) {
            PersonMention pronoun{k, k, MentionKind::Pronoun, -1, -1, {}, gender, {}};
            Attribution result = fromMention(&pronoun, u"quote.possessive"_s, 0.75);
            return result.mention && !result.mention->speaker.isEmpty() ? result : Attribution{};
        }
        if (folded == u"s"_s && k > 0 && m_c.gapAfter(k - 1).size() == 1 &&
            isApostrophe(m_c.gapAfter(k - 1).front().unicode())) {
            const PersonMention *owner = m_mentions.endingAt(k - 1);
            if (owner && owner->kind == MentionKind::Name)
                return fromMention(owner, u"quote.possessive"_s, 0.75);
            return {};
        }
    }
    return {};
}

Attribution Sieve::reportingBefore(const QuoteFinding &quote, qsizetype sentenceStart) const
{
    // "Donald Trump: “Appreciate the congrats”", "Губернатор Шумков: «…»": a name and a colon
    // right before the quotation.
    const qsizetype beforeMark = m_c.tokenAtOrAfter(quote.marks.start) - 1;
    if (beforeMark >= 0 && !m_c.isQuotedToken(beforeMark) &&
        m_c.text()
                .mid(m_c.tokens().at(beforeMark).end,
                     quote.marks.start - m_c.tokens().at(beforeMark).end)
                .trimmed() == u":"_s) {
        if (const PersonMention *mention = m_mentions.endingAt(beforeMark)) {
            Attribution named = fromMention(mention, u"quote.colon"_s, 0.85);
            if (named.mention && !named.mention->speaker.isEmpty())
                return named;
        }
    }
    const qsizetype startToken = m_c.tokenAtOrAfter(sentenceStart);
    const qsizetype quoteToken = m_c.tokenAtOrAfter(quote.marks.start);
    // "Mr. Ross said Mr. Obama had told Jewish leaders … ''no daylight''": words reported
    // inside reported speech are the outer reporter's account, so the first reporting verb of
    // the sentence names the speaker, unless it sits in an opening subordinate clause ("After
    // Trump said he would sue, Clinton told reporters …").
    // A second clause joined on ("…, while Scholz called it a “land grab”") has its own
    // reporter: then the nearest verb's subject speaks.
    static const WordSet joiners{u"while", u"whereas", u"but",    u"yet",      u"meanwhile",
                                 u"но",    u"а",       u"однако", u"тогда",    u"але",
                                 u"проте", u"однак",   u"тоді",   u"натомість"};
    qsizetype firstVerb = -1;
    qsizetype verbs = 0;
    bool joined = false;
    for (qsizetype k = startToken; k < quoteToken; ++k) {
        if (verbAt(k)) {
            ++verbs;
            if (firstVerb < 0)
                firstVerb = k;
        } else if (firstVerb >= 0 && !m_c.isQuotedToken(k) &&
                   (joiners.contains(m_c.foldedAt(k)) || (lexicon::isCoordinator(m_c.foldedAt(k)) &&
                                                          m_c.gapAfter(k - 1).contains(u',')))) {
            joined = true;
        }
    }
    if (verbs > 1 && !joined && !lexicon::isSubordinator(m_c.foldedAt(startToken))) {
        const Attribution outer =
            subjectBefore(firstVerb, startToken, u"quote.reporting/outer"_s, false);
        if (outer.decided && outer.mention && !outer.mention->speaker.isEmpty())
            return outer;
    }
    for (qsizetype k = quoteToken - 1; k >= startToken; --k) {
        if (!verbAt(k))
            continue;
        Attribution subject = subjectBefore(k, startToken, u"quote.reporting"_s, true);
        if (!subject.decided) {
            // "said Putin: “…”"; a group after the verb is more often the subject of the
            // reported clause ("insisted the Kremlin was “ready …”"), so only names count.
            subject =
                subjectAfter(k, m_c.tokenAtOrAfter(quote.marks.start), u"quote.reporting"_s, false);
            if (subject.mention && subject.mention->speaker.isEmpty())
                subject = {};
        }
        return subject;
    }
    return {};
}

Attribution Sieve::reportingAfter(const QuoteFinding &quote, qsizetype sentenceEnd) const
{
    const qsizetype limit = m_c.tokenAtOrAfter(sentenceEnd);
    for (qsizetype k = m_c.tokenAtOrAfter(quote.marks.end); k < limit; ++k) {
        if (!verbAt(k))
            continue;
        const qsizetype quoteEnd = m_c.tokenAtOrAfter(quote.marks.end);
        Attribution subject = subjectBefore(k, quoteEnd, u"quote.following"_s, false);
        if (!subject.decided)
            subject = subjectAfter(k, limit, u"quote.following"_s, false);
        return subject;
    }
    return {};
}

} // namespace parallax::analysis::sieve
