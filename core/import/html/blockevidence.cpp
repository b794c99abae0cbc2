#include "import/html/blockevidence.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax::blockevidence {

bool isHidden(const HtmlNode &node)
{
    if (node.attributes.contains(u"hidden"_s) || node.attribute(u"aria-hidden"_s) == "true"_L1)
        return true;
    QString style = node.attribute(u"style"_s);
    if (style.isEmpty())
        return false;
    style.remove(u' ');
    return style.contains("display:none"_L1, Qt::CaseInsensitive) ||
           style.contains("visibility:hidden"_L1, Qt::CaseInsensitive);
}

QString hints(const HtmlNode &node)
{
    return node.attribute(u"class"_s) + u' ' + node.attribute(u"id"_s) + u' ' +
           node.attribute(u"role"_s) + u' ' + node.attribute(u"itemprop"_s);
}

// Names sites give to what is not the article, and to what is. Weak evidence only.
bool hasNegativeHint(const QString &hint)
{
    static const QRegularExpression negative(
        u"comment|disqus|footer|footnote|masthead|related|sidebar|sponsor|advert|\\bads?\\b|ad-|"
        "promo|share|sharing|social|subscri|newsletter|signup|sign-up|paywall|registration|"
        "breadcrumb|pagination|pager|popup|modal|cookie|consent|banner|widget|toolbar|\\btags?\\b|"
        "tag-list|trending|most-?(popular|read|viewed)|read-?more|recommend|outbrain|taboola|"
        "recirc|teaser|\\bnav|navigation|menu|skip|caption|credit|byline|author|\\bbio\\b|"
        "print|e-?mail|rss|complementary|contentinfo|hidden|jump|gallery|slideshow|carousel"_s,
        QRegularExpression::CaseInsensitiveOption);
    return negative.match(hint).hasMatch();
}

bool hasPositiveHint(const QString &hint)
{
    static const QRegularExpression positive(
        u"article|body|content|entry|h-entry|hentry|main|post|text|story|prose|blog|"
        "articlebody|\\bpage\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return positive.match(hint).hasMatch();
}

int hintWeight(const HtmlNode &node)
{
    const QString hint = hints(node);
    int weight = 0;
    if (hasNegativeHint(hint))
        weight -= 25;
    if (hasPositiveHint(hint))
        weight += 25;
    return weight;
}

int commasIn(QStringView text)
{
    int commas = 0;
    for (QChar c : text)
        if (c == u',' || c == u'،' || c == u'，' || c == u'、')
            ++commas;
    return commas;
}

int readableLength(QStringView text)
{
    int length = 0;
    bool space = true;
    for (QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                ++length;
            space = true;
        } else {
            ++length;
            space = false;
        }
    }
    return length;
}

// Only ASCII white space collapses: no-break spaces are part of the text.
QString collapseAsciiSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f') {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

bool isSkipped(const HtmlNode &node)
{
    return isNonContentElement(node.tag) || isHidden(node);
}

} // namespace parallax::blockevidence
