// A forgiving HTML tokenizer: tags with attributes, text, and raw-text elements. It builds no
// tree, runs nothing and resolves nothing remote; it only reads the characters it is given.
#pragma once

#include <QList>
#include <QString>

namespace parallax {

// A tag's attributes in source order. Tags have a handful, so a list read from the front is
// faster than a hash; the first of a repeated name counts, as in browsers.
class HtmlAttributes final
{
public:
    QString value(QStringView name) const
    {
        for (const auto &[key, value] : m_pairs)
            if (key == name)
                return value;
        return {};
    }
    bool contains(QStringView name) const
    {
        for (const auto &pair : m_pairs)
            if (pair.first == name)
                return true;
        return false;
    }
    void insert(const QString &name, const QString &value)
    {
        if (!contains(name))
            m_pairs.append({name, value});
    }
    const QList<std::pair<QString, QString>> &pairs() const { return m_pairs; }

private:
    QList<std::pair<QString, QString>> m_pairs;
};

struct HtmlToken
{
    enum class Type
    {
        StartTag,
        EndTag,
        Text
    };
    Type type = Type::Text;
    QString name;              // lower-case tag name
    HtmlAttributes attributes; // lower-case names, entity-decoded values
    QString text;              // entity-decoded text (for script/style: the raw source)
    bool selfClosing = false;
};

QList<HtmlToken> tokenizeHtml(const QString &html);

} // namespace parallax
