// A document tree built from HTML tokens the way browsers recover from malformed pages: a
// block closes an open paragraph, a list item closes the previous one, an end tag closes
// everything left open inside its element, a stray end tag is ignored, and whatever is still
// open at the end is closed. The head ends where body content starts, with or without
// </head> and <body>. Nothing is fetched or run.
#pragma once

#include "import/html/htmltokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <deque>

namespace parallax {

struct HtmlNode
{
    QString tag;               // lower case; empty for text
    HtmlAttributes attributes; // lower-case names
    QString text;              // text nodes: decoded text; raw elements' content too
    HtmlNode *parent = nullptr;
    QList<HtmlNode *> children;

    bool isText() const { return tag.isEmpty(); }
    QString attribute(QStringView name) const { return attributes.value(name); }
};

class HtmlTree final
{
public:
    explicit HtmlTree(const QList<HtmlToken> &tokens);
    HtmlTree(const HtmlTree &) = delete;
    HtmlTree &operator=(const HtmlTree &) = delete;

    const HtmlNode *root() const { return m_root; }
    // Every element with this tag, in document order.
    QList<const HtmlNode *> elements(const QString &tag) const;

private:
    HtmlNode *make(const QString &tag, HtmlNode *parent);
    void start(const HtmlToken &token);
    void end(const QString &tag);
    void text(const HtmlToken &token);
    bool closeUpTo(const QString &tag, const QStringList &boundaries);
    qsizetype openIndex(const QString &tag, const QStringList &boundaries) const;

    std::deque<HtmlNode> m_nodes;
    HtmlNode *m_root = nullptr;
    QList<HtmlNode *> m_open; // the stack of open elements, root first
    bool m_inHead = false;
};

// Whether an element is one that never holds readable text (script, style, svg, form controls).
bool isNonContentElement(const QString &tag);
// Elements that start a new line of text.
bool isBlockElement(const QString &tag);

} // namespace parallax
