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
        if (!(c.isSpace() || isDash(u) || isApostrophe(u) || u == u'.' || u == u',' || u == u'(' || u == u')' || u == u'[' || u == u']'))
            return false;
    }
    return true;
}

bool tokenMatches(const QVarLengthArray<QString, 2> &keys, QStringView foldedToken)
{
    if (!foldedToken.isEmpty() && isCyrillic(foldedToken.front().unicode())) {
        for (QStringView stem : cyrillicTextStems(foldedToken))
            for (const QString &key : keys)
                if (stem == key)
                    return true;
        return false;
    }
    return keys.front() == foldedToken;
}

} // namespace

void PhraseIndex::add(const QString &phrase, int payload)
{
    const QList<QString> tokens = foldedTokens(phrase);
    if (tokens.isEmpty())
        return;
    Phrase entry;
    entry.payload = payload;
    entry.exactCase = isAbbreviation(phrase);
    entry.tokenKeys.reserve(tokens.size());
    for (const QString &token : tokens)
        entry.tokenKeys.append(keysForToken(token));
    const int index = int(m_phrases.size());
    m_phrases.append(std::move(entry));
    for (const QString &first : m_phrases.constLast().tokenKeys.front()) {
        QList<int> &bucket = m_byFirstKey[first];
        // Phrases arrive in order, so a repeat can only be this phrase's own other key.
        if (bucket.isEmpty() || bucket.constLast() != index)
            bucket.append(index);
    }
}

PhraseMatch PhraseIndex::matchAt(QStringView text, const QList<Token> &tokens,
                                 const QList<QString> &folded, qsizetype index) const
{
    PhraseMatch best;
    const QString &first = folded.at(index);
    QVarLengthArray<QStringView, 8> lookups;
    if (!first.isEmpty() && isCyrillic(first.front().unicode()))
        lookups = cyrillicTextStems(first);
    else
        lookups.append(first);

    QVarLengthArray<int, 8> seen;
    for (QStringView lookup : lookups) {
        const auto found = lookup.data() == first.data() && lookup.size() == first.size()
                               ? m_byFirstKey.constFind(first)
                               : m_byFirstKey.constFind(lookup.toString());
        if (found == m_byFirstKey.cend())
            continue;
        for (int phraseIndex : *found) {
            if (seen.contains(phraseIndex))
                continue;
            seen.append(phraseIndex);
            const Phrase &phrase = m_phrases.at(phraseIndex);
            const qsizetype count = phrase.tokenKeys.size();
            if (index + count > tokens.size() || count < best.tokenCount)
                continue;
            bool ok = true;
            for (qsizetype k = 0; ok && k < count; ++k) {
                const Token &token = tokens.at(index + k);
                if (k > 0) {
                    const Token &previous = tokens.at(index + k - 1);
                    ok = isNameGap(text.mid(previous.end, token.start - previous.end))
                         && tokenMatches(phrase.tokenKeys.at(k), folded.at(index + k));
                }
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
