// A forgiving HTML tokenizer: tags with attributes, text, and raw-text elements. It builds no
// tree, runs nothing and resolves nothing remote; it only reads the characters it is given.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace parallax {

struct HtmlToken
{
    enum class Type { StartTag, EndTag, Text };
    Type type = Type::Text;
    QString name;                     // lower-case tag name
    QHash<QString, QString> attributes; // lower-case names, entity-decoded values
    QString text;                     // entity-decoded text (for script/style: the raw source)
    bool selfClosing = false;
};

QList<HtmlToken> tokenizeHtml(const QString &html);

} // namespace parallax
