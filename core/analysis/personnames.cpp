// How PersonMentions reads a run of words as a person's name: capitalised words that are not
// function words, titles or places; initials ("Jeffrey M. Jones"); a surname that is also a
// title word ("Peter King"); and the contexts that make a lone name a person (a title or
// honorific before it, a speech verb or an apposition and a verb after it).
#include "analysis/givennames.h"
#include "analysis/lexicon.h"
#include "analysis/namecase.h"
#include "analysis/personmentions.h"
#include "analysis/personnouns.h"
#include "analysis/textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

bool PersonMentions::isNameToken(qsizetype token) const
{
    if (token < 0 || token >= m_context.tokenCount() || !m_context.startsUpper(token) ||
        m_context.isQuotedToken(token) || m_placeToken.at(token))
        return false;
    const QString &folded = m_context.foldedAt(token);
    // РБК, TASS, NATO: an abbreviation names an outlet or a body, not a person.
    const QStringView word = m_context.tokenText(token);
    if (word.size() > 1 && std::all_of(word.begin(), word.end(),
                                       [](QChar ch) { return !ch.isLetter() || ch.isUpper(); }))
        return false;
    return folded.size() > 1 && !lexicon::isNotAName(folded) && !lexicon::isTitleWord(folded) &&
           !lexicon::isGroupWord(folded) && !lexicon::isSpeechVerb(folded) &&
           personNounLength(m_context, token) == 0;
}

// "Jeffrey M. Jones", "J. K. Rowling": a capital letter and its dot inside a name.
bool PersonMentions::isInitial(qsizetype token) const
{
    if (token < 0 || token >= m_context.tokenCount() || m_context.isQuotedToken(token))
        return false;
    const QStringView word = m_context.tokenText(token);
    return word.size() == 1 && word.front().isUpper() && word.front().isLetter() &&
           m_context.gapAfter(token) == u". "_s;
}

// Whether the token after last carries on the name that ends at last.
bool PersonMentions::continuesName(qsizetype last) const
{
    const qsizetype next = last + 1;
    if (next >= m_context.tokenCount())
        return false;
    const TextContext &c = m_context;
    // "Peter King", "Peter T. King", "Steve House": a surname that is also a title word, after
    // a given name or an initial, where the name ends.
    auto titleAsSurname = [&] {
        return c.startsUpper(next) && lexicon::isTitleWord(c.foldedAt(next)) &&
               !c.isQuotedToken(next) && !isPlaceToken(next) && c.foldedAt(next).size() > 2 &&
               (!isSingleSpace(c.gapAfter(next)) || !c.startsUpper(next + 1));
    };
    if (isInitial(last))
        return isNameToken(next) || isInitial(next) || titleAsSurname();
    if (!isSingleSpace(c.gapAfter(last)))
        return false;
    if (isNameToken(next))
        return true;
    if (titleAsSurname() && GivenNames::bundled().isGivenName(c, last) && !c.startsUpper(last - 1))
        return true;
    return isInitial(next) && continuesName(next);
}

// "Miller, a retired worker, said": a name, an apposition closed by a comma, then a speech verb.
bool PersonMentions::appositionThenVerb(qsizetype last) const
{
    const TextContext &c = m_context;
    if (c.gapAfter(last) != u", "_s || last + 1 >= c.tokenCount() || c.startsUpper(last + 1))
        return false;
    for (qsizetype k = last + 1; k < c.tokenCount() && k - last <= 12; ++k) {
        if (c.isQuotedToken(k))
            return false;
        const QStringView gap = c.gapAfter(k);
        if (gap == u", "_s) {
            qsizetype verb = k + 1;
            while (verb < c.tokenCount() && lexicon::isVerbFiller(c.foldedAt(verb)) &&
                   verb - k <= 3)
                ++verb;
            return verb < c.tokenCount() && lexicon::isSpeechVerb(c.foldedAt(verb));
        }
        if (!isSingleSpace(gap) && gap != u"'"_s && gap != u"’"_s)
            return false;
    }
    return false;
}

// A person's name within a few words after a title, before any punctuation: "губернатор
// Курганской области Вадим Шумков".
bool PersonMentions::nameFollows(qsizetype token) const
{
    const TextContext &c = m_context;
    for (qsizetype k = token + 1; k < c.tokenCount() && k - token <= 5; ++k) {
        const QStringView gap = c.gapAfter(k - 1);
        if (!(isSingleSpace(gap) || (gap.size() == 1 && isApostrophe(gap.front().unicode()))) ||
            c.isQuotedToken(k))
            return false;
        if (GivenNames::bundled().isGivenName(c, k))
            return true;
        const PhraseMatch named = m_registry.names().matchAt(c.text(), c.tokens(), c.keys(), k);
        if (named.tokenCount > 0 && !m_registry.isOrganisation(named.payloads.front()))
            return true;
    }
    return false;
}

void PersonMentions::addName(qsizetype first, qsizetype last)
{
    QStringList words;
    for (qsizetype k = first; k <= last; ++k)
        words.append(isInitial(k) ? m_context.tokenText(k) + u'.'
                                  : m_context.tokenText(k).toString());
    const NominativeName nominative =
        nominativeName(words, GivenNames::bundled().at(m_context, first));
    add({first, last, MentionKind::Name, -1, -1, {}, nominative.sex, nominative.text});
}

} // namespace parallax::analysis
