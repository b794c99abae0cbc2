#include "analysis/speakersieve.h"

#include "analysis/speakerrules.h"
#include "analysis/textfold.h"
#include "analysis/wordset.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax::analysis {
namespace sieve {
namespace {

constexpr qsizetype kHeadlineMaxChars = 160;

} // namespace

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
        const bool opensParagraph =
            m_c.text().mid(line, quote.marks.start - line).trimmed().isEmpty() &&
            m_c.lineEnd(previous.marks.end) - previous.marks.end < 60 &&
            m_c.text().mid(previous.marks.end, line - previous.marks.end).count(u'\n') <= 2;
        if (!sameParagraph && !opensParagraph)
            return {};
        Attribution result{true, previous.mention, sameParagraph ? 0.8 : 0.6,
                           u"quote.carry-over"_s};
        return result;
    }
    return {};
}

// "Об этом сообщил губернатор Вадим Шумков.\n\n«…»", "Сергій Ребров прокоментував нічию:\n«…»":
// a quotation opening its paragraph belongs to the person named in the line before, when that
// line ends with a colon or is a sentence pointing at what follows ("об этом", "про це").
Attribution Sieve::leadIn(const QuoteFinding &quote) const
{
    static const WordSet pointers = {u"об этом"_s, u"о чем"_s,  u"о том"_s,
                                     u"про це"_s,  u"про що"_s, u"про то"_s};
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
    while (!body.isEmpty() && (body.back() == u'”' || body.back() == u'’' || body.back() == u'"' ||
                               body.back() == u'\'' || body.back() == u'»'))
        body.chop(1);
    return body.isEmpty() || !(body.back() == u'.' || body.back() == u'!' || body.back() == u'?' ||
                               body.back() == u',' || body.back() == u':' || body.back() == u';');
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
            if (mention && m_c.tokens().at(mention->lastToken).end >=
                               quote.marks.end + tail.trimmed().size() - 1) {
                Attribution result = fromMention(mention, u"quote.headline-dash"_s, 0.8);
                result.mention->span = {}; // the dash credits the whole headline
                return result;
            }
            break;
        }
    }
    // The same words in an attributed quotation of the article.
    QSet<QString> content;
    for (qsizetype t = m_c.tokenAtOrAfter(quote.span.start);
         t < m_c.tokenCount() && m_c.tokens().at(t).end <= quote.span.end; ++t)
        if (m_c.foldedAt(t).size() >= 4)
            content.insert(m_c.foldedAt(t));
    QHash<QString, int> counts;
    int attributed = 0;
    const QuoteFinding *echo = nullptr;
    for (const QuoteFinding &other : quotes) {
        if (&other == &quote || other.speaker().isEmpty() ||
            other.rule.startsWith(u"quote.headline"_s))
            continue;
        ++attributed;
        counts[other.speaker()] += 1;
        if (echo || content.isEmpty())
            continue;
        QSet<QString> words;
        for (qsizetype t = m_c.tokenAtOrAfter(other.span.start);
             t < m_c.tokenCount() && m_c.tokens().at(t).end <= other.span.end; ++t)
            words.insert(m_c.foldedAt(t));
        if (words.contains(content))
            echo = &other;
    }
    if (echo)
        return {true, SpeakerMention{{}, echo->speaker(), echo->mention->known}, 0.7,
                u"quote.headline-echo"_s};
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= 2 && it.value() * 2 > attributed)
            return {true, SpeakerMention{{}, it.key(), true}, 0.5,
                    u"quote.headline-main-speaker"_s};
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

} // namespace sieve

void attributeSpeakers(const TextContext &context, const PersonMentions &mentions,
                       QList<QuoteFinding> &quotes)
{
    sieve::Sieve(context, mentions).run(quotes);
}

} // namespace parallax::analysis
