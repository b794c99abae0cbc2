#include "analysis/quoteclass.h"

#include "analysis/lexicon.h"
#include "analysis/textfold.h"

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

constexpr int kStatementWords = 10;
constexpr int kMaxTermWords = 4;
// A reporting verb this close before a quoted phrase makes it somebody's words.
constexpr qsizetype kReportingWindow = 8;

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

// "How the Grinch Stole Christmas", "Good Morning America", "Morning Joe": a short quotation in
// title case, not ending a sentence, names a work (a show, a book, a film, an operation), not
// somebody's words. Latin script only: Russian and Ukrainian titles capitalise the first word.
bool isTitleOfAWork(const TextContext &context, Span inner, int words)
{
    if (words < 2 || words > 8)
        return false;
    int capitalised = 0;
    for (qsizetype t = context.tokenAtOrAfter(inner.start);
         t < context.tokenCount() && context.tokens().at(t).end <= inner.end; ++t) {
        const QStringView word = context.tokenText(t);
        if (word.isEmpty() || !word.front().isLetter() || word.front().unicode() >= 0x0400)
            return false;
        if (word.size() >= 3 && !word.front().isUpper())
            return false;
        capitalised += word.front().isUpper() ? 1 : 0;
    }
    const QStringView text = context.text().mid(inner.start, inner.size()).trimmed();
    if (capitalised < 2 || text.isEmpty() || isSentenceEnd(text.back()) || text.back() == u'!')
        return false;
    // In a headline set in title case every quotation looks like a title: there it proves nothing.
    const qsizetype lineStart = context.lineStart(inner.start);
    const qsizetype lineEnd = context.lineEnd(inner.start);
    int longWords = 0;
    int upper = 0;
    for (qsizetype t = context.tokenAtOrAfter(lineStart);
         t < context.tokenCount() && context.tokens().at(t).end <= lineEnd; ++t) {
        const Token &token = context.tokens().at(t);
        if ((token.start >= inner.start && token.end <= inner.end) || token.size() < 4)
            continue;
        ++longWords;
        upper += context.startsUpper(t) ? 1 : 0;
    }
    return !(longWords >= 2 && upper * 4 >= longWords * 3);
}

} // namespace

int quoteWordCount(const TextContext &context, Span inner)
{
    int words = 0;
    for (qsizetype t = context.tokenAtOrAfter(inner.start);
         t < context.tokenCount() && context.tokens().at(t).end <= inner.end; ++t) {
        // "don't" and "Russia’s" are one word each.
        if (t > 0 && context.tokens().at(t).start > inner.start) {
            const QStringView gap = context.gapAfter(t - 1);
            if (gap.size() == 1 && isApostrophe(gap.front().unicode()))
                continue;
        }
        ++words;
    }
    return words;
}

QuoteClass classifyQuote(const TextContext &context, Span inner, Span marks)
{
    const QStringView text = context.text().mid(inner.start, inner.size()).trimmed();
    const int words = quoteWordCount(context, inner);
    if (words >= kStatementWords)
        return QuoteClass::Statement;
    if (isTitleOfAWork(context, inner, words))
        return QuoteClass::Term;

    qsizetype firstLetter = 0;
    while (firstLetter < text.size() && !text[firstLetter].isLetterOrNumber())
        ++firstLetter;
    const bool startsUpper = firstLetter < text.size() && text[firstLetter].isUpper();
    const QChar last = text.isEmpty() ? QChar() : text.back();
    if (startsUpper && isSentenceEnd(last) && words >= 2)
        return QuoteClass::Statement;
    if (startsUpper && (last == u',' || last == u':' || last == u';') && words >= 3)
        return QuoteClass::Statement;
    // Russian and Ukrainian put the sentence's punctuation after the closing mark: «…», — said.
    const QChar after = marks.end < context.text().size() ? context.text()[marks.end] : QChar();
    if (startsUpper && words >= 3 && (isSentenceEnd(after) || after == u',') &&
        isCyrillic(text[firstLetter].unicode()))
        return QuoteClass::Statement;

    if (words > kMaxTermWords || isSentenceEnd(last))
        return QuoteClass::Short;
    const qsizetype before = context.tokenAtOrAfter(marks.start) - 1;
    if (before < 0 || !lexicon::isTermCue(context.foldedAt(before)) ||
        context.isQuotedToken(before))
        return QuoteClass::Short;
    // The cue must sit right before the mark, in the same sentence.
    const QStringView gap = context.text().mid(context.tokens().at(before).end,
                                               marks.start - context.tokens().at(before).end);
    if (gap.trimmed().size() > 1)
        return QuoteClass::Short;
    const qsizetype sentenceStart = context.tokenAtOrAfter(context.sentenceStart(marks.start));
    // "so-called" is a cue, not a reporting verb.
    const qsizetype from =
        context.foldedAt(before) == u"called"_s && context.foldedAt(before - 1) == u"so"_s
            ? before - 2
            : before;
    for (qsizetype t = from; t >= sentenceStart && before - t < kReportingWindow; --t)
        if (!context.isQuotedToken(t) && lexicon::isSpeechVerb(context.foldedAt(t)))
            return QuoteClass::Short;
    return QuoteClass::Term;
}

} // namespace parallax::analysis
