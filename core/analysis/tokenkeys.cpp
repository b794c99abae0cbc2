#include "analysis/tokenkeys.h"

#include "analysis/cyrillicstem.h"
#include "analysis/textfold.h"

namespace parallax::analysis {

size_t hashKey(QStringView key)
{
    // FNV-1a over the UTF-16 units: words are short, and a keyed hash costs more than the
    // lookup it serves. Nothing here is exposed to hash flooding: the tables hold our own data.
    quint64 hash = 0xcbf29ce484222325ULL;
    for (QChar c : key) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return size_t(hash ^ (hash >> 32));
}

TokenKeys::TokenKeys(const QList<QString> &folded)
{
    m_keys.reserve(folded.size() * 2);
    m_first.reserve(folded.size() + 1);
    for (const QString &token : folded) {
        m_first.append(m_keys.size());
        if (!token.isEmpty() && isCyrillic(token.front().unicode())) {
            for (QStringView stem : cyrillicTextStems(token))
                m_keys.append({stem, hashKey(stem)});
        } else {
            m_keys.append({token, hashKey(token)});
        }
    }
    m_first.append(m_keys.size());
}

} // namespace parallax::analysis
