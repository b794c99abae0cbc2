// Many names matched at once over tokens: each name is a sequence of token keys (folded, and
// for Cyrillic words stemmed, so case endings still match), indexed by its first key.
#pragma once

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

    // The longest phrases starting at tokens[index]. folded holds every token folded.
    PhraseMatch matchAt(QStringView text, const QList<Token> &tokens, const QList<QString> &folded,
                        qsizetype index) const;

    qsizetype size() const { return m_phrases.size(); }

private:
    struct Phrase
    {
        QList<QVarLengthArray<QString, 2>> tokenKeys;
        int payload = -1;
        bool exactCase = false;
    };

    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstKey;
};

} // namespace parallax::analysis
