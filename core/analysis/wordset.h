// A set of folded words. The analyser asks these sets about every token of every text, so
// they hash with the analyser's own fast hash rather than QHash's keyed one.
#pragma once

#include "analysis/tokenkeys.h"

#include <QString>
#include <QStringView>
#include <initializer_list>
#include <unordered_set>

namespace parallax::analysis {

class WordSet final
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<QStringView> words)
    {
        for (QStringView word : words)
            insert(word);
    }

    void insert(QStringView word) { m_words.emplace(word.toString()); }
    bool contains(QStringView word) const { return m_words.find(word) != m_words.end(); }
    qsizetype size() const { return qsizetype(m_words.size()); }
    bool isEmpty() const { return m_words.empty(); }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(QStringView word) const { return hashKey(word); }
    };
    struct Equal
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const { return a == b; }
    };
    std::unordered_set<QString, Hash, Equal> m_words;
};

} // namespace parallax::analysis
