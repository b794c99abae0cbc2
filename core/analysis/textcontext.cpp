#include "analysis/textcontext.h"

#include "analysis/lexicon.h"
#include "analysis/textfold.h"

#include <algorithm>

namespace parallax::analysis {

namespace {

bool isTerminator(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'…';
}

bool isClosingMark(char16_t c)
{
    return c == u'"' || c == u'”' || c == u'’' || c == u'\'' || c == u'»' || c == u')' ||
           c == u'›' || c == u'“';
}

QList<QString> foldAll(QStringView text, const QList<Token> &tokens)
{
    QList<QString> folded;
    folded.reserve(tokens.size());
    for (const Token &token : tokens)
        folded.append(foldText(text.mid(token.start, token.size())));
    return folded;
}

} // namespace

TextContext::TextContext(QStringView text)
    : m_text(text), m_tokens(tokenize(text)), m_folded(foldAll(text, m_tokens)), m_keys(m_folded)
{
    m_quotedToken.fill(false, m_tokens.size());
}

QStringView TextContext::tokenText(qsizetype index) const
{
    const Token &token = m_tokens.at(index);
    return m_text.mid(token.start, token.size());
}

const QString &TextContext::foldedAt(qsizetype index) const
{
    static const QString none;
    return index >= 0 && index < m_folded.size() ? m_folded.at(index) : none;
}

qsizetype TextContext::tokenAtOrAfter(qsizetype position) const
{
    const auto it =
        std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
                         [](const Token &token, qsizetype p) { return token.start < p; });
    return it - m_tokens.cbegin();
}

QStringView TextContext::gapAfter(qsizetype index) const
{
    if (index < 0 || index + 1 >= m_tokens.size())
        return {};
    return m_text.mid(m_tokens.at(index).end,
                      m_tokens.at(index + 1).start - m_tokens.at(index).end);
}

bool TextContext::startsUpper(qsizetype index) const
{
    return index >= 0 && index < m_tokens.size() &&
           isUpperLetter(m_text[m_tokens.at(index).start].unicode());
}

// position is a terminator; the sentence ends after it (and any closing marks).
bool TextContext::endsSentenceAt(qsizetype position) const
{
    qsizetype next = position + 1;
    while (next < m_text.size() && isClosingMark(m_text[next].unicode()))
        ++next;
    if (next >= m_text.size())
        return true;
    if (!m_text[next].isSpace())
        return false;
    while (next < m_text.size() && m_text[next].isSpace() && m_text[next] != u'\n')
        ++next;
    if (next >= m_text.size() || m_text[next] == u'\n')
        return true;
    const char16_t following = m_text[next].unicode();
    if (!(isUpperLetter(following) || following == u'"' || following == u'“' || following == u'«' ||
          following == u'‘' || following == u'\'' || following == u'„' ||
          QChar(following).isDigit()))
        return false;
    if (m_text[position] == u'.') {
        // "U.S. President", "Mr. Smith": the word before the dot is an abbreviation.
        qsizetype wordStart = position;
        while (wordStart > 0 && isWordChar(m_text[wordStart - 1].unicode()))
            --wordStart;
        const QStringView word = m_text.mid(wordStart, position - wordStart);
        if (word.size() == 1 && word.front().isUpper())
            return false;
        if (lexicon::isAbbreviation(foldText(word)))
            return false;
    }
    return true;
}

qsizetype TextContext::sentenceStart(qsizetype position) const
{
    for (qsizetype i = std::min(position, m_text.size()) - 1; i >= 0; --i) {
        const char16_t c = m_text[i].unicode();
        if (c == u'\n')
            return i + 1;
        if (isTerminator(c) && endsSentenceAt(i)) {
            qsizetype start = i + 1;
            while (start < position &&
                   (isClosingMark(m_text[start].unicode()) || m_text[start].isSpace()))
                ++start;
            return start;
        }
    }
    return 0;
}

qsizetype TextContext::sentenceEnd(qsizetype position) const
{
    for (qsizetype i = position; i < m_text.size(); ++i) {
        const char16_t c = m_text[i].unicode();
        if (c == u'\n')
            return i;
        if (isTerminator(c) && endsSentenceAt(i))
            return i + 1;
    }
    return m_text.size();
}

qsizetype TextContext::lineStart(qsizetype position) const
{
    const qsizetype newline = m_text.lastIndexOf(u'\n', position - 1);
    return position == 0 ? 0 : newline + 1;
}

qsizetype TextContext::lineEnd(qsizetype position) const
{
    const qsizetype newline = m_text.indexOf(u'\n', position);
    return newline < 0 ? m_text.size() : newline;
}

void TextContext::setQuoted(const QList<Span> &spans)
{
    m_quotedToken.fill(false, m_tokens.size());
    for (const Span &span : spans)
        for (qsizetype t = tokenAtOrAfter(span.start);
             t < m_tokens.size() && m_tokens.at(t).start < span.end; ++t)
            m_quotedToken[t] = true;
}

} // namespace parallax::analysis
