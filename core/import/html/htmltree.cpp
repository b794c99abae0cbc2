#include "import/html/htmltree.h"

#include "analysis/wordset.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Deeper nesting than this is a broken page (thousands of unclosed <font>s), not structure.
constexpr qsizetype kMaxDepth = 400;

const analysis::WordSet kVoid{u"area"_s,     u"base"_s,    u"br"_s,    u"col"_s,  u"embed"_s,
                              u"hr"_s,       u"img"_s,     u"input"_s, u"link"_s, u"meta"_s,
                              u"param"_s,    u"source"_s,  u"track"_s, u"wbr"_s,  u"keygen"_s,
                              u"basefont"_s, u"bgsound"_s, u"frame"_s};
// What may stand in <head>; anything else starts the body.
const analysis::WordSet kHeadContent{u"title"_s, u"meta"_s,   u"link"_s,     u"base"_s,
                                     u"style"_s, u"script"_s, u"noscript"_s, u"template"_s};
// Start tags that close an open <p>.
const analysis::WordSet kClosesParagraph{
    u"address"_s, u"article"_s, u"aside"_s,     u"blockquote"_s, u"center"_s,   u"details"_s,
    u"dialog"_s,  u"dir"_s,     u"div"_s,       u"dl"_s,         u"fieldset"_s, u"figcaption"_s,
    u"figure"_s,  u"footer"_s,  u"form"_s,      u"h1"_s,         u"h2"_s,       u"h3"_s,
    u"h4"_s,      u"h5"_s,      u"h6"_s,        u"header"_s,     u"hgroup"_s,   u"hr"_s,
    u"main"_s,    u"menu"_s,    u"nav"_s,       u"ol"_s,         u"p"_s,        u"pre"_s,
    u"section"_s, u"summary"_s, u"table"_s,     u"ul"_s,         u"li"_s,       u"dd"_s,
    u"dt"_s,      u"listing"_s, u"plaintext"_s, u"xmp"_s};
const analysis::WordSet kHeadings{u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s};
const QStringList kScopeBoundaries{u"table"_s,   u"td"_s,       u"th"_s,
                                   u"caption"_s, u"button"_s,   u"object"_s,
                                   u"marquee"_s, u"template"_s, u"html"_s};

} // namespace

bool isNonContentElement(const QString &tag)
{
    static const analysis::WordSet never{
        u"script"_s,   u"style"_s,  u"noscript"_s, u"template"_s, u"svg"_s,    u"math"_s,
        u"iframe"_s,   u"object"_s, u"embed"_s,    u"button"_s,   u"select"_s, u"option"_s,
        u"textarea"_s, u"input"_s,  u"canvas"_s,   u"video"_s,    u"audio"_s,  u"map"_s,
        u"head"_s,     u"title"_s,  u"meta"_s,     u"link"_s,     u"label"_s,  u"datalist"_s,
        u"frameset"_s, u"frame"_s,  u"applet"_s,   u"picture"_s,  u"source"_s, u"xmp"_s};
    return never.contains(tag);
}

bool isBlockElement(const QString &tag)
{
    static const analysis::WordSet blocks{
        u"p"_s,          u"div"_s,    u"br"_s,      u"h1"_s,         u"h2"_s,       u"h3"_s,
        u"h4"_s,         u"h5"_s,     u"h6"_s,      u"li"_s,         u"ul"_s,       u"ol"_s,
        u"dl"_s,         u"dd"_s,     u"dt"_s,      u"blockquote"_s, u"section"_s,  u"article"_s,
        u"main"_s,       u"header"_s, u"footer"_s,  u"nav"_s,        u"aside"_s,    u"figure"_s,
        u"figcaption"_s, u"tr"_s,     u"td"_s,      u"th"_s,         u"table"_s,    u"caption"_s,
        u"pre"_s,        u"hr"_s,     u"address"_s, u"form"_s,       u"fieldset"_s, u"details"_s,
        u"summary"_s,    u"center"_s, u"body"_s,    u"html"_s,       u"hgroup"_s,   u"menu"_s,
        u"dialog"_s,     u"legend"_s, u"tbody"_s,   u"thead"_s,      u"tfoot"_s};
    return blocks.contains(tag);
}

HtmlTree::HtmlTree(const QList<HtmlToken> &tokens)
{
    m_root = make(u"#document"_s, nullptr);
    m_open.append(m_root);
    for (const HtmlToken &token : tokens) {
        switch (token.type) {
        case HtmlToken::Type::StartTag:
            start(token);
            break;
        case HtmlToken::Type::EndTag:
            end(token.name);
            break;
        case HtmlToken::Type::Text:
            text(token);
            break;
        }
    }
}

HtmlNode *HtmlTree::make(const QString &tag, HtmlNode *parent)
{
    HtmlNode &node = m_nodes.emplace_back();
    node.tag = tag;
    node.parent = parent;
    if (parent)
        parent->children.append(&node);
    return &node;
}

qsizetype HtmlTree::openIndex(const QString &tag, const QStringList &boundaries) const
{
    for (qsizetype i = m_open.size() - 1; i > 0; --i) {
        const QString &open = m_open.at(i)->tag;
        if (open == tag)
            return i;
        if (boundaries.contains(open))
            return -1;
    }
    return -1;
}

bool HtmlTree::closeUpTo(const QString &tag, const QStringList &boundaries)
{
    const qsizetype at = openIndex(tag, boundaries);
    if (at < 0)
        return false;
    m_open.resize(at);
    return true;
}

void HtmlTree::start(const HtmlToken &token)
{
    const QString &tag = token.name;
    if (tag.isEmpty())
        return;
    if (tag == "html"_L1) {
        // Its attributes (lang) belong to the root.
        for (const auto &[name, value] : token.attributes.pairs())
            m_root->attributes.insert(name, value);
        return;
    }
    if (tag == "head"_L1) {
        m_inHead = true;
        return;
    }
    if (tag == "body"_L1) {
        m_inHead = false;
        for (const auto &[name, value] : token.attributes.pairs())
            m_root->attributes.insert(u"body-"_s + name, value);
        return;
    }
    if (m_inHead && !kHeadContent.contains(tag))
        m_inHead = false;

    if (kClosesParagraph.contains(tag))
        closeUpTo(u"p"_s, kScopeBoundaries);
    if (tag == "li"_L1)
        closeUpTo(u"li"_s, {u"ul"_s, u"ol"_s, u"menu"_s, u"table"_s});
    if (tag == "dt"_L1 || tag == "dd"_L1) {
        closeUpTo(u"dt"_s, {u"dl"_s, u"table"_s});
        closeUpTo(u"dd"_s, {u"dl"_s, u"table"_s});
    }
    if (tag == "tr"_L1)
        closeUpTo(u"tr"_s, {u"table"_s});
    if (tag == "td"_L1 || tag == "th"_L1) {
        closeUpTo(u"td"_s, {u"tr"_s, u"table"_s});
        closeUpTo(u"th"_s, {u"tr"_s, u"table"_s});
    }
    if (tag == "option"_L1)
        closeUpTo(u"option"_s, {u"select"_s});
    if (tag == "a"_L1)
        closeUpTo(u"a"_s, kScopeBoundaries);
    if (kHeadings.contains(tag) && kHeadings.contains(m_open.constLast()->tag))
        m_open.removeLast();

    HtmlNode *node = make(tag, m_open.constLast());
    node->attributes = token.attributes;
    if (kVoid.contains(tag) || token.selfClosing || m_open.size() >= kMaxDepth)
        return;
    m_open.append(node);
}

void HtmlTree::end(const QString &tag)
{
    if (tag == "head"_L1) {
        m_inHead = false;
        return;
    }
    if (tag == "body"_L1 || tag == "html"_L1 || tag.isEmpty())
        return; // content after </body> is still the body's, as browsers read it
    if (tag == "p"_L1 && openIndex(tag, kScopeBoundaries) < 0)
        return;
    // Closing an element closes whatever was left open inside it (an unclosed <nav>, <svg>
    // or <span> ends with the <div> around it); an end tag nothing matches is ignored.
    for (qsizetype i = m_open.size() - 1; i > 0; --i) {
        if (m_open.at(i)->tag == tag) {
            m_open.resize(i);
            return;
        }
    }
}

void HtmlTree::text(const HtmlToken &token)
{
    if (token.text.isEmpty())
        return;
    HtmlNode *parent = m_open.constLast();
    if (!parent->children.isEmpty() && parent->children.constLast()->isText()) {
        parent->children.constLast()->text += token.text;
        return;
    }
    HtmlNode *node = make(QString(), parent);
    node->text = token.text;
}

QList<const HtmlNode *> HtmlTree::elements(const QString &tag) const
{
    QList<const HtmlNode *> found;
    QList<const HtmlNode *> pending{m_root};
    while (!pending.isEmpty()) {
        const HtmlNode *node = pending.takeLast();
        if (node->tag == tag)
            found.append(node);
        for (qsizetype i = node->children.size() - 1; i >= 0; --i)
            if (!node->children.at(i)->isText())
                pending.append(node->children.at(i));
    }
    return found;
}

} // namespace parallax
