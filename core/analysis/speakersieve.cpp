#include "analysis/speakersieve.h"

#include "analysis/lexicon.h"
#include "analysis/textfold.h"
#include "analysis/wordset.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

constexpr qsizetype kForwardWindow = 9;
constexpr qsizetype kHeadlineMaxChars = 160;

struct Attribution
{
    bool decided = false;
    std::optional<SpeakerMention> mention;
    double confidence = 0.0;
    QString rule;
};

class Sieve
{
public:
    Sieve(const TextContext &context, const PersonMentions &mentions)
        : m_c(context), m_mentions(mentions)
    {
    }

    void run(QList<QuoteFinding> &quotes);

private:
    Attribution fromMention(const PersonMention *mention, const QString &rule, double cap) const;
    Attribution group(qsizetype token, const QString &rule) const;
    bool verbAt(qsizetype token) const
    {
        return token >= 0 && token < m_c.tokenCount() && !m_c.isQuotedToken(token)
               && lexicon::isSpeechVerb(m_c.foldedAt(token));
    }
    qsizetype skipFillersForward(qsizetype token, qsizetype limit) const
    {
        qsizetype k = token;
        while (k < limit && k - token < 4 && lexicon::isVerbFiller(m_c.foldedAt(k)))
            ++k;
        return k;
    }
    bool isGroupToken(qsizetype token) const
    {
        const QString &folded = m_c.foldedAt(token);
        return lexicon::isGroupWord(folded) || m_mentions.isPlaceToken(token);
    }

    Attribution subjectBefore(qsizetype verb, qsizetype sentenceStart, const QString &rule, bool fallback) const;
    const PersonMention *mentionBeforePhrase(qsizetype last, qsizetype sentenceStart) const;
    bool isPreposition(qsizetype token) const;
    Attribution subjectAfter(qsizetype verb, qsizetype limit, const QString &rule, bool crossCommas) const;
    Attribution trailing(const QuoteFinding &quote, qsizetype sentenceEnd) const;
    Attribution accordingTo(qsizetype sentenceStart, qsizetype sentenceEnd) const;
    Attribution possessive(const QuoteFinding &quote) const;
    Attribution reportingBefore(const QuoteFinding &quote, qsizetype sentenceStart) const;
    Attribution reportingAfter(const QuoteFinding &quote, qsizetype sentenceEnd) const;
    Attribution carryOver(const QList<QuoteFinding> &quotes, qsizetype index) const;
    Attribution leadIn(const QuoteFinding &quote) const;
    bool isHeadlineLine(qsizetype position) const;
    Attribution headline(const QList<QuoteFinding> &quotes, qsizetype index) const;

    const TextContext &m_c;
    const PersonMentions &m_mentions;
};

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

Attribution Sieve::subjectBefore(qsizetype verb, qsizetype sentenceStart, const QString &rule, bool fallback) const
{
    qsizetype k = verb - 1;
    while (k >= sentenceStart && verb - k <= 4 && lexicon::isVerbFiller(m_c.foldedAt(k)) && !m_c.isQuotedToken(k))
        --k;
    if (k < sentenceStart || m_c.isQuotedToken(k))
        return {};
    // "журналиста Татьяны Даниленко, которая отмечает: «…»": the relative pronoun stands for
    // the name before its comma.
    if (lexicon::isRelativePronoun(m_c.foldedAt(k)) && k > sentenceStart && m_c.gapAfter(k - 1).trimmed() == u","_s) {
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
        if (mention->kind == MentionKind::Name && noun > sentenceStart && !m_c.startsUpper(noun) && isPreposition(noun - 1)
            && m_c.gapAfter(noun - 1).trimmed().isEmpty() && m_c.gapAfter(noun).trimmed().isEmpty()) {
            if (const PersonMention *subject = m_mentions.endingAt(noun - 2); subject && subject->kind == MentionKind::Name)
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
        return fromMention(m_mentions.nearestBefore(verb, sentenceStart), rule + u"/nearest"_s, 0.7);
    return {};
}

// "Алексей Учакин в комментарии РБК предположил", "Шумков в своем Telegram-канале написал",
// "Smith on Tuesday said": a short prepositional phrase between the name and the verb.
bool Sieve::isPreposition(qsizetype token) const
{
    static const WordSet prepositions = {u"в"_s, u"во"_s, u"у"_s, u"на"_s, u"in"_s, u"on"_s, u"at"_s};
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

Attribution Sieve::subjectAfter(qsizetype verb, qsizetype limit, const QString &rule, bool crossCommas) const
{
    for (qsizetype k = verb + 1; k < limit && k - verb <= kForwardWindow; ++k) {
        const QStringView gap = m_c.gapAfter(k - 1);
        // "в. о. міністра", "Gov. Kate Brown": the dot of an abbreviation ends no clause.
        const bool abbreviation = m_c.foldedAt(k - 1).size() == 1 || lexicon::isAbbreviation(m_c.foldedAt(k - 1));
        for (QChar g : gap)
            if ((g == u'.' && !abbreviation) || g == u';' || g == u':' || g == u'\n' || g == u'"' || g == u'“' || g == u'«'
                || (!crossCommas && g == u','))
                return {};
        if (m_c.isQuotedToken(k))
            return {};
        if (const PersonMention *mention = m_mentions.startingAt(k)) {
            // "представитель МИД России Мария Захарова": the person after her organisation.
            const PersonMention *next = m_mentions.startingAt(mention->lastToken + 1);
            if (mention->kind == MentionKind::Name && next && next->kind == MentionKind::Name
                && m_mentions.isOrganisation(*mention) && !m_mentions.isOrganisation(*next)
                && m_c.gapAfter(mention->lastToken).trimmed().isEmpty())
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
    while (!m_mentions.startingAt(named) && named < limit && named - first < 4
           && (lexicon::isTitleWord(m_c.foldedAt(named)) || m_mentions.isPlaceToken(named))
           && m_c.gapAfter(named) == u" "_s)
        ++named;
    if (const PersonMention *mention = m_mentions.startingAt(named)) {
        if (verbAt(skipFillersForward(mention->lastToken + 1, limit)))
            return fromMention(mention, u"quote.trailing"_s, 0.95);
        // "…,'' Tina Tchen, Mrs. Obama's chief of staff, said": an apposition between the
        // name and the verb, closed by a comma.
        if (m_c.gapAfter(mention->lastToken).trimmed() == u","_s) {
            for (qsizetype k = mention->lastToken + 1; k < limit && k - mention->lastToken <= 14; ++k) {
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
        if (gender && k + 2 < last && lexicon::isAttributionPartner(m_c.foldedAt(k), m_c.foldedAt(k + 2))) {
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
    const QStringView gap = m_c.text().mid(m_c.tokens().at(std::max<qsizetype>(before, 0)).end,
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
        if (folded == u"s"_s && k > 0 && m_c.gapAfter(k - 1).size() == 1 && isApostrophe(m_c.gapAfter(k - 1).front().unicode())) {
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
    if (beforeMark >= 0 && !m_c.isQuotedToken(beforeMark)
        && m_c.text().mid(m_c.tokens().at(beforeMark).end, quote.marks.start - m_c.tokens().at(beforeMark).end).trimmed()
               == u":"_s) {
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
    qsizetype firstVerb = -1;
    qsizetype verbs = 0;
    for (qsizetype k = startToken; k < quoteToken; ++k) {
        if (verbAt(k)) {
            ++verbs;
            if (firstVerb < 0)
                firstVerb = k;
        }
    }
    if (verbs > 1 && !lexicon::isSubordinator(m_c.foldedAt(startToken))) {
        const Attribution outer = subjectBefore(firstVerb, startToken, u"quote.reporting/outer"_s, false);
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
            subject = subjectAfter(k, m_c.tokenAtOrAfter(quote.marks.start), u"quote.reporting"_s, false);
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

Attribution Sieve::carryOver(const QList<QuoteFinding> &quotes, qsizetype index) const
{
    const QuoteFinding &quote = quotes.at(index);
    for (qsizetype p = index - 1; p >= 0; --p) {
        const QuoteFinding &previous = quotes.at(p);
        if (previous.nesting > 0)
            continue;
        if (previous.speaker().isEmpty() || previous.quoteClass == QuoteClass::Term)
            return {};
        const qsizetype line = m_c.lineStart(quote.marks.start);
        const bool sameParagraph = m_c.lineStart(previous.marks.end) == line;
        // A paragraph that is all quotation, after a paragraph ending with an attributed one.
        const bool opensParagraph = m_c.text().mid(line, quote.marks.start - line).trimmed().isEmpty()
                                    && m_c.lineEnd(previous.marks.end) - previous.marks.end < 60
                                    && m_c.text().mid(previous.marks.end, line - previous.marks.end).count(u'\n') <= 2;
        if (!sameParagraph && !opensParagraph)
            return {};
        Attribution result{true, previous.mention, sameParagraph ? 0.8 : 0.6, u"quote.carry-over"_s};
        return result;
    }
    return {};
}

// "Об этом сообщил губернатор Вадим Шумков.\n\n«…»", "Сергій Ребров прокоментував нічию:\n«…»":
// a quotation opening its paragraph belongs to the person named in the line before, when that
// line ends with a colon or is a sentence pointing at what follows ("об этом", "про це").
Attribution Sieve::leadIn(const QuoteFinding &quote) const
{
    static const WordSet pointers = {u"об этом"_s, u"о чем"_s, u"о том"_s, u"про це"_s, u"про що"_s,
                                           u"про то"_s};
    const QStringView text = m_c.text();
    const qsizetype line = m_c.lineStart(quote.marks.start);
    if (line == 0 || !text.mid(line, quote.marks.start - line).trimmed().isEmpty())
        return {};
    qsizetype end = line;
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end == 0 || line - end > 3) // one blank line at most between them
        return {};
    const bool colon = text[end - 1] == u':';
    const qsizetype first = m_c.tokenAtOrAfter(m_c.sentenceStart(end - 1));
    const qsizetype last = m_c.tokenAtOrAfter(end);
    if (first + 1 >= last)
        return {};
    if (!colon && !pointers.contains(QString(m_c.foldedAt(first) + u' ' + m_c.foldedAt(first + 1))))
        return {};
    for (qsizetype k = first; k < last; ++k) {
        if (!verbAt(k))
            continue;
        Attribution subject = subjectBefore(k, first, u"quote.lead-in"_s, false);
        if (!subject.decided)
            subject = subjectAfter(k, last, u"quote.lead-in"_s, false);
        // A person only: "в ведомстве сообщили" names nobody in particular.
        if (!subject.decided || !subject.mention || subject.mention->speaker.isEmpty())
            return {};
        subject.confidence = qMin(subject.confidence, 0.75);
        return subject;
    }
    return {};
}

bool Sieve::isHeadlineLine(qsizetype position) const
{
    const qsizetype start = m_c.lineStart(position);
    const QStringView line = m_c.text().mid(start, m_c.lineEnd(position) - start).trimmed();
    if (line.isEmpty() || line.size() > kHeadlineMaxChars)
        return false;
    QStringView body = line;
    while (!body.isEmpty() && (body.back() == u'”' || body.back() == u'’' || body.back() == u'"'
                               || body.back() == u'\'' || body.back() == u'»'))
        body.chop(1);
    return body.isEmpty() || !(body.back() == u'.' || body.back() == u'!' || body.back() == u'?'
                               || body.back() == u',' || body.back() == u':' || body.back() == u';');
}

Attribution Sieve::headline(const QList<QuoteFinding> &quotes, qsizetype index) const
{
    const QuoteFinding &quote = quotes.at(index);
    // "Russia will ‘never’ withdraw troops – Putin"
    const qsizetype lineEnd = m_c.lineEnd(quote.marks.end);
    const QStringView tail = m_c.text().mid(quote.marks.end, lineEnd - quote.marks.end);
    for (qsizetype i = tail.size() - 1; i > 0; --i) {
        if (isDash(tail[i].unicode()) && tail[i - 1].isSpace()) {
            const qsizetype first = m_c.tokenAtOrAfter(quote.marks.end + i);
            const PersonMention *mention = m_mentions.startingAt(first);
            if (mention && m_c.tokens().at(mention->lastToken).end >= quote.marks.end + tail.trimmed().size() - 1) {
                Attribution result = fromMention(mention, u"quote.headline-dash"_s, 0.8);
                result.mention->span = {}; // the dash credits the whole headline
                return result;
            }
            break;
        }
    }
    // The same words in an attributed quotation of the article.
    QSet<QString> content;
    for (qsizetype t = m_c.tokenAtOrAfter(quote.span.start); t < m_c.tokenCount() && m_c.tokens().at(t).end <= quote.span.end; ++t)
        if (m_c.foldedAt(t).size() >= 4)
            content.insert(m_c.foldedAt(t));
    QHash<QString, int> counts;
    int attributed = 0;
    const QuoteFinding *echo = nullptr;
    for (const QuoteFinding &other : quotes) {
        if (&other == &quote || other.speaker().isEmpty() || other.rule.startsWith(u"quote.headline"_s))
            continue;
        ++attributed;
        counts[other.speaker()] += 1;
        if (echo || content.isEmpty())
            continue;
        QSet<QString> words;
        for (qsizetype t = m_c.tokenAtOrAfter(other.span.start); t < m_c.tokenCount() && m_c.tokens().at(t).end <= other.span.end; ++t)
            words.insert(m_c.foldedAt(t));
        if (words.contains(content))
            echo = &other;
    }
    if (echo)
        return {true, SpeakerMention{{}, echo->speaker(), echo->mention->known}, 0.7, u"quote.headline-echo"_s};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= 2 && it.value() * 2 > attributed)
            return {true, SpeakerMention{{}, it.key(), true}, 0.5, u"quote.headline-main-speaker"_s};
    }
    return {};
}

void Sieve::run(QList<QuoteFinding> &quotes)
{
    QList<qsizetype> headlines;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        QuoteFinding &quote = quotes[i];
        Attribution found;
        const qsizetype sentenceStart = m_c.sentenceStart(quote.marks.start);
        const qsizetype sentenceEnd = m_c.sentenceEnd(quote.marks.end);
        if (quote.nesting > 0) {
            found = {true, std::nullopt, 0.5, u"quote.nested"_s};
        } else if (quote.quoteClass == QuoteClass::Term) {
            found = possessive(quote);
            if (!found.decided)
                found = {true, std::nullopt, 0.6, u"quote.term"_s};
        } else {
            found = trailing(quote, sentenceEnd);
            if (!found.decided)
                found = accordingTo(sentenceStart, sentenceEnd);
            if (!found.decided)
                found = possessive(quote);
            if (!found.decided)
                found = reportingBefore(quote, sentenceStart);
            if (!found.decided)
                found = reportingAfter(quote, sentenceEnd);
            if (!found.decided && isHeadlineLine(quote.marks.start))
                headlines.append(i);
            else if (!found.decided)
                found = leadIn(quote);
            if (!found.decided && !headlines.contains(i))
                found = carryOver(quotes, i);
        }
        if (found.decided) {
            quote.mention = found.mention;
            quote.confidence = found.confidence;
            quote.rule = found.rule;
        } else {
            quote.confidence = 0.5;
            quote.rule = u"quote.unattributed"_s;
        }
    }
    for (qsizetype i : std::as_const(headlines)) {
        const Attribution found = headline(quotes, i);
        if (found.decided) {
            quotes[i].mention = found.mention;
            quotes[i].confidence = found.confidence;
            quotes[i].rule = found.rule;
        }
    }
}

} // namespace

void attributeSpeakers(const TextContext &context, const PersonMentions &mentions,
                       QList<QuoteFinding> &quotes)
{
    Sieve(context, mentions).run(quotes);
}

} // namespace parallax::analysis
