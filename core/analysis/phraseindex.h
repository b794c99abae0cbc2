// Many names matched at once over tokens: each name is a sequence of token keys (folded, and
// for Cyrillic words stemmed, so case endings still match), indexed by its first key.
#pragma once

#include "analysis/tokenkeys.h"
#include "analysis/tokens.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace parallax::analysis {

struct PhraseMatch
{
    qsizetype tokenCount = 0;
    QVarLengthArray<int, 2> payloads; // every phrase of that length, in the order added
};

class PhraseIndex final
{
public:
    // Abbreviations ("US", "DPR") match only in capitals.
    void add(const QString &phrase, int payload);

    // The longest phrases starting at tokens[index]; keys are the tokens' lookup keys.
    PhraseMatch matchAt(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                        qsizetype index) const;

    qsizetype size() const { return m_phrases.size(); }
    void reserve(qsizetype phrases);

private:
    // Flat arrays rather than a list per phrase and per key: a gazetteer holds a hundred
    // thousand names, and allocating for each of them was most of its load time.
    struct OwnedKey
    {
        QString text;
        size_t hash = 0;
    };
    struct TokenKeyRange
    {
        int first = 0; // in m_keys
        int count = 0;
    };
    struct Phrase
    {
        int firstToken = 0; // in m_tokens
        int tokenCount = 0;
        int payload = -1;
        bool exactCase = false;
    };
    // The phrases that share a first key, chained in the order added.
    struct Link
    {
        int phrase = -1;
        int next = -1;
    };
    struct Chain
    {
        int head = -1;
        int tail = -1;
    };

    bool tokenMatches(const TokenKeyRange &phraseToken, std::span<const HashedKey> tokenKeys) const;

    QList<Phrase> m_phrases;
    QList<TokenKeyRange> m_tokens;
    QList<OwnedKey> m_keys;
    QList<Link> m_links;
    QHash<size_t, Chain> m_byFirstKey; // by the hash of a first token's key
};

} // namespace parallax::analysis
