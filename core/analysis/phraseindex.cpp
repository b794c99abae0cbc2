#include "analysis/phraseindex.h"

#include "analysis/cyrillicstem.h"
#include "analysis/textfold.h"

namespace parallax::analysis {

namespace {

QVarLengthArray<QString, 2> keysForToken(const QString &folded)
{
    if (!folded.isEmpty() && isCyrillic(folded.front().unicode()))
        return cyrillicNameKeys(folded);
    return {folded};
}

bool isAllCaps(QStringView word)
{
    for (QChar c : word)
        if (c.isLetter() && !c.isUpper())
            return false;
    return true;
}

bool isAbbreviation(const QString &phrase)
{
    int letters = 0;
    for (QChar c : phrase) {
        if (c.isLetter()) {
            if (!c.isUpper())
                return false;
            ++letters;
        }
    }
    return letters > 0 && letters <= 5;
}

// Between the words of one name: a space, a hyphen, an apostrophe, the dot of "U.S.", or
// the comma and brackets of names such as "Washington, D.C." and "Cocos (Keeling) Islands".
bool isNameGap(QStringView gap)
{
    if (gap.size() > 3)
        return false;
    for (QChar c : gap) {
        const char16_t u = c.unicode();
        if (!(c.isSpace() || isDash(u) || isApostrophe(u) || u == u'.' || u == u',' || u == u'(' ||
              u == u')' || u == u'[' || u == u']'))
            return false;
    }
    return true;
}

} // namespace

void PhraseIndex::reserve(qsizetype phrases)
{
    m_phrases.reserve(phrases);
    m_tokens.reserve(phrases * 2);
    m_keys.reserve(phrases * 3);
    m_links.reserve(phrases * 2);
    m_byFirstKey.reserve(phrases * 2);
}

void PhraseIndex::add(const QString &phrase, int payload)
{
    const QList<QString> tokens = foldedTokens(phrase);
    if (tokens.isEmpty())
        return;
    const int index = int(m_phrases.size());
    m_phrases.append({int(m_tokens.size()), int(tokens.size()), payload, isAbbreviation(phrase)});
    for (const QString &token : tokens) {
        const int first = int(m_keys.size());
        for (const QString &key : keysForToken(token))
            m_keys.append({key, hashKey(key)});
        m_tokens.append({first, int(m_keys.size()) - first});
    }
    const TokenKeyRange &firstToken = m_tokens.at(m_phrases.constLast().firstToken);
    for (int k = firstToken.first; k < firstToken.first + firstToken.count; ++k) {
        Chain &chain = m_byFirstKey[m_keys.at(k).hash];
        // Phrases arrive in order, so a repeat can only be this phrase's own other key.
        if (chain.tail >= 0 && m_links.at(chain.tail).phrase == index)
            continue;
        const int link = int(m_links.size());
        m_links.append({index, -1});
        if (chain.tail >= 0)
            m_links[chain.tail].next = link;
        else
            chain.head = link;
        chain.tail = link;
    }
}

bool PhraseIndex::tokenMatches(const TokenKeyRange &phraseToken,
                               std::span<const HashedKey> tokenKeys) const
{
    for (const HashedKey &key : tokenKeys)
        for (int k = phraseToken.first; k < phraseToken.first + phraseToken.count; ++k) {
            const OwnedKey &wanted = m_keys.at(k);
            if (key.hash == wanted.hash && key.text == wanted.text)
                return true;
        }
    return false;
}

PhraseMatch PhraseIndex::matchAt(QStringView text, const QList<Token> &tokens,
                                 const TokenKeys &keys, qsizetype index) const
{
    PhraseMatch best;
    QVarLengthArray<int, 8> seen;
    for (const HashedKey &lookup : keys.at(index)) {
        const auto found = m_byFirstKey.constFind(lookup.hash);
        if (found == m_byFirstKey.cend())
            continue;
        for (int link = found->head; link >= 0; link = m_links.at(link).next) {
            const int phraseIndex = m_links.at(link).phrase;
            if (seen.contains(phraseIndex))
                continue;
            seen.append(phraseIndex);
            const Phrase &phrase = m_phrases.at(phraseIndex);
            const qsizetype count = phrase.tokenCount;
            if (index + count > tokens.size() || count < best.tokenCount)
                continue;
            bool ok = true;
            for (qsizetype k = 0; ok && k < count; ++k) {
                const Token &token = tokens.at(index + k);
                if (k > 0) {
                    const Token &previous = tokens.at(index + k - 1);
                    ok = isNameGap(text.mid(previous.end, token.start - previous.end));
                }
                ok = ok && tokenMatches(m_tokens.at(phrase.firstToken + k), keys.at(index + k));
                if (ok && phrase.exactCase)
                    ok = isAllCaps(text.mid(token.start, token.size()));
            }
            if (!ok)
                continue;
            if (count > best.tokenCount) {
                best.tokenCount = count;
                best.payloads.clear();
            }
            if (!best.payloads.contains(phrase.payload))
                best.payloads.append(phrase.payload);
        }
    }
    return best;
}

} // namespace parallax::analysis
