// The keys each token of a text is looked up by in a PhraseIndex, hashed once per text: its
// folded form and, for a Cyrillic word, its stems too, so that case endings still match. A
// text is read by a dozen indexes (places, people, titles, given names, organisations), and
// hashing each token once instead of once per lookup is most of the analyser's speed.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <span>

namespace parallax::analysis {

struct HashedKey
{
    QStringView text;
    size_t hash = 0;
};

size_t hashKey(QStringView key);

class TokenKeys final
{
public:
    // Views into folded, which must outlive this.
    explicit TokenKeys(const QList<QString> &folded);
    TokenKeys(const TokenKeys &) = delete;
    TokenKeys &operator=(const TokenKeys &) = delete;

    qsizetype size() const { return m_first.size() - 1; }
    std::span<const HashedKey> at(qsizetype token) const
    {
        return {m_keys.constData() + m_first.at(token),
                size_t(m_first.at(token + 1) - m_first.at(token))};
    }

private:
    QList<HashedKey> m_keys;
    QList<qsizetype> m_first; // where each token's keys start in m_keys, then the end
};

} // namespace parallax::analysis
