#include "import/html/articlebody.h"

#include "analysis/wordset.h"
#include "import/html/blockevidence.h"

#include <QHash>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

using namespace blockevidence;

class Extractor
{
public:
    explicit Extractor(const HtmlTree &tree) : m_tree(tree) { measure(tree.root(), false); }

    QString body()
    {
        const HtmlNode *top = topCandidate(true);
        // A page whose every block has an unlikely name still has an article somewhere.
        if (!top || m_stats.value(top).chars < 200) {
            m_scores.clear();
            top = topCandidate(false);
        }
        QStringList paragraphs;
        if (top) {
            m_selectionChars = m_stats.value(top).chars;
            QList<const HtmlNode *> selected;
            const HtmlNode *parent = top->parent;
            const double threshold = std::max(10.0, m_scores.value(top) * 0.2);
            const QList<HtmlNode *> siblings = parent ? parent->children : QList<HtmlNode *>{};
            for (const HtmlNode *sibling : siblings) {
                if (sibling == top ||
                    (!sibling->isText() && belongsWith(*sibling, *top, threshold)))
                    selected.append(sibling);
            }
            if (!parent)
                selected.append(top);
            for (const HtmlNode *part : sectionsLike(*m_core, selected))
                selected.append(part);
            std::sort(selected.begin(), selected.end(),
                      [this](const HtmlNode *a, const HtmlNode *b) {
                          return m_order.value(a) < m_order.value(b);
                      });
            for (const HtmlNode *node : std::as_const(selected))
                render(*node, paragraphs, true);
            // A page of links is its own article (an index, a list of sources): when the cuts
            // would leave next to nothing of the chosen block, keep its links.
            if (readableLength(paragraphs.join(u'\n')) < std::min(200, m_selectionChars / 4)) {
                paragraphs.clear();
                m_keepLinks = true;
                for (const HtmlNode *node : std::as_const(selected))
                    render(*node, paragraphs, true);
                m_keepLinks = false;
            }
        }
        QString text = paragraphs.join(u'\n');
        // A page whose text no container gathers (a bare body, one big table): all of it,
        // cleaned, rather than nothing.
        if (readableLength(text) < 200 &&
            m_stats.value(m_tree.root()).chars > readableLength(text) * 2) {
            QStringList all;
            m_selectionChars = m_stats.value(m_tree.root()).chars;
            render(*m_tree.root(), all, true);
            if (readableLength(all.join(u'\n')) > readableLength(text))
                text = all.join(u'\n');
        }
        return text;
    }

private:
    // An article split into sections by figures and asides, each in a wrapper of the same
    // kind ("<div class=post__content>" three times): the other wrappers of the best block's
    // kind that hold prose of their own.
    QList<const HtmlNode *> sectionsLike(const HtmlNode &core,
                                         const QList<const HtmlNode *> &selected) const
    {
        QList<const HtmlNode *> parts;
        const QString kind = core.attribute(u"class"_s).simplified();
        if (kind.isEmpty())
            return parts;
        auto inside = [](const HtmlNode *outer, const HtmlNode *inner) {
            for (const HtmlNode *up = inner; up; up = up->parent)
                if (up == outer)
                    return true;
            return false;
        };
        for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
            const HtmlNode *node = it.key();
            if (node == &core || it.value() < 10 || node->tag != core.tag ||
                node->attribute(u"class"_s).simplified() != kind ||
                m_stats.value(node).linkDensity() > 0.3)
                continue;
            bool covered = false;
            for (const HtmlNode *chosen : selected)
                covered = covered || inside(chosen, node) || inside(node, chosen);
            if (!covered)
                parts.append(node);
        }
        return parts;
    }

    Stats measure(const HtmlNode *node, bool inLink)
    {
        Stats stats;
        m_order.insert(node, int(m_order.size()));
        if (node->isText()) {
            stats.chars = readableLength(node->text);
            stats.commas = commasIn(node->text);
            if (inLink)
                stats.linkChars = stats.chars;
            return stats;
        }
        if (isSkipped(*node)) {
            m_stats.insert(node, stats);
            return stats;
        }
        const bool link = inLink || node->tag == "a"_L1;
        for (const HtmlNode *child : node->children) {
            const Stats part = measure(child, link);
            stats.chars += part.chars;
            stats.linkChars += part.linkChars;
            stats.commas += part.commas;
        }
        m_stats.insert(node, stats);
        return stats;
    }

    bool hasBlockChild(const HtmlNode &node) const
    {
        for (const HtmlNode *child : node.children)
            if (!child->isText() && isBlockElement(child->tag) && child->tag != "br"_L1)
                return true;
        return false;
    }

    bool isParagraph(const HtmlNode &node) const
    {
        static const analysis::WordSet paragraphs{u"p"_s, u"pre"_s, u"td"_s, u"dd"_s,
                                                  u"blockquote"_s};
        static const analysis::WordSet containers{u"div"_s,  u"section"_s, u"article"_s,
                                                  u"span"_s, u"font"_s,    u"center"_s};
        if (paragraphs.contains(node.tag))
            return node.tag != "blockquote"_L1 || !hasBlockChild(node);
        return containers.contains(node.tag) && !hasBlockChild(node) && node.parent &&
               !isParagraph(*node.parent);
    }

    double initialScore(const HtmlNode &node) const
    {
        double score = hintWeight(node);
        const QString &tag = node.tag;
        if (tag == "div"_L1 || tag == "article"_L1 || tag == "main"_L1)
            score += 5;
        else if (tag == "section"_L1 || tag == "pre"_L1 || tag == "td"_L1 || tag == "blockquote"_L1)
            score += 3;
        else if (tag == "ol"_L1 || tag == "ul"_L1 || tag == "li"_L1 || tag == "form"_L1 ||
                 tag == "dl"_L1 || tag == "address"_L1 || tag == "aside"_L1 || tag == "nav"_L1 ||
                 tag == "footer"_L1)
            score -= 3;
        else if (tag.size() == 2 && tag.front() == u'h' && tag.back().isDigit())
            score -= 5;
        else if (tag == "th"_L1)
            score -= 5;
        if (tag == "article"_L1 ||
            node.attribute(u"itemprop"_s).contains("articleBody"_L1, Qt::CaseInsensitive))
            score += 10;
        return score;
    }

    void addScore(const HtmlNode *container, double score)
    {
        const HtmlNode *ancestor = container;
        for (int level = 0; ancestor && ancestor != m_tree.root() && level < 5; ++level) {
            if (!m_scores.contains(ancestor))
                m_scores.insert(ancestor, initialScore(*ancestor));
            const double share = level == 0 ? 1.0 : level == 1 ? 0.5 : 1.0 / (level * 3);
            m_scores[ancestor] += score * share;
            ancestor = ancestor->parent;
        }
    }

    // Blocks whose names say they are comments, galleries, sidebars or prompts lend no score,
    // unless the name also says article or content.
    static bool isUnlikely(const HtmlNode &node)
    {
        if (node.tag == "article"_L1 || node.tag == "main"_L1 || node.tag == "body"_L1)
            return false;
        const QString hint = hints(node);
        return hasNegativeHint(hint) && !hasPositiveHint(hint);
    }

    static double paragraphScore(const Stats &stats)
    {
        return 1.0 + stats.commas + std::min(stats.chars / 100.0, 3.0);
    }

    // Text standing between the blocks of a container ("<div>text<br>text<p>…</p>more</div>",
    // or a paragraph cut short by a block inside it) reads as paragraphs of that container.
    void scoreInlineRuns(const HtmlNode &node)
    {
        Stats run;
        auto finish = [&] {
            if (run.chars >= 25)
                addScore(&node, paragraphScore(run));
            run = {};
        };
        for (const HtmlNode *child : node.children) {
            if (child->isText()) {
                run.chars += readableLength(child->text);
                run.commas += commasIn(child->text);
            } else if (isBlockElement(child->tag) && child->tag != "br"_L1) {
                finish();
            } else if (child->tag != "br"_L1) {
                const Stats part = m_stats.value(child);
                run.chars += part.chars;
                run.linkChars += part.linkChars;
                run.commas += part.commas;
            }
        }
        finish();
    }

    const HtmlNode *topCandidate(bool skipUnlikely)
    {
        QList<const HtmlNode *> pending{m_tree.root()};
        while (!pending.isEmpty()) {
            const HtmlNode *node = pending.takeLast();
            if (node->isText() || isSkipped(*node) || (skipUnlikely && isUnlikely(*node)))
                continue;
            for (const HtmlNode *child : node->children)
                pending.append(child);
            if (!isParagraph(*node)) {
                if (node != m_tree.root() && hasBlockChild(*node))
                    scoreInlineRuns(*node);
                continue;
            }
            const Stats &stats = m_stats[node];
            if (stats.chars < 25)
                continue;
            addScore(node->parent, paragraphScore(stats));
        }
        const HtmlNode *best = nullptr;
        double bestScore = 0;
        for (auto it = m_scores.begin(); it != m_scores.end(); ++it) {
            it.value() *= 1.0 - m_stats.value(it.key()).linkDensity();
            if (!best || it.value() > bestScore) {
                best = it.key();
                bestScore = it.value();
            }
        }
        if (!best)
            return nullptr;
        m_core = best;
        // An article split into sections, each scored on its own: when several near-best
        // candidates share an ancestor, the ancestor is the article.
        auto contains = [](const HtmlNode *outer, const HtmlNode *inner) {
            for (const HtmlNode *up = inner; up; up = up->parent)
                if (up == outer)
                    return true;
            return false;
        };
        QList<const HtmlNode *> rivals; // other sections, neither inside the best nor around it
        for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
            if (it.value() >= bestScore * 0.75 && !contains(best, it.key()) &&
                !contains(it.key(), best))
                rivals.append(it.key());
        if (rivals.size() >= 2) {
            int levels = 0;
            for (const HtmlNode *ancestor = best->parent;
                 ancestor && ancestor != m_tree.root() && levels < 3;
                 ancestor = ancestor->parent, ++levels) {
                int inside = 0;
                for (const HtmlNode *rival : std::as_const(rivals))
                    if (contains(ancestor, rival))
                        ++inside;
                if (inside >= 2) {
                    best = ancestor;
                    break;
                }
            }
        }
        // A parent that scores as well as its child holds more of the same article.
        double lastScore = m_scores.value(best);
        for (const HtmlNode *parent = best->parent; parent && parent != m_tree.root();
             parent = parent->parent) {
            if (!m_scores.contains(parent))
                continue;
            const double score = m_scores.value(parent);
            if (score < bestScore / 3)
                break;
            if (score > lastScore) {
                best = parent;
                break;
            }
            lastScore = score;
        }
        return best;
    }

    bool belongsWith(const HtmlNode &sibling, const HtmlNode &top, double threshold) const
    {
        if (isSkipped(sibling))
            return false;
        double score = m_scores.value(&sibling, -1000);
        if (!top.attribute(u"class"_s).isEmpty() &&
            sibling.attribute(u"class"_s) == top.attribute(u"class"_s))
            score += m_scores.value(&top) * 0.2;
        if (score >= threshold)
            return true;
        if (sibling.tag != "p"_L1)
            return false;
        const Stats stats = m_stats.value(&sibling);
        if (stats.chars > 80 && stats.linkDensity() < 0.25)
            return true;
        const QString text = plainText(sibling).trimmed();
        return stats.chars > 0 && stats.linkChars == 0 && !text.isEmpty() &&
               QStringView(u".!?…»”\"").contains(text.back());
    }

    QString plainText(const HtmlNode &node) const
    {
        if (node.isText())
            return node.text;
        if (isSkipped(node))
            return {};
        QString text;
        for (const HtmlNode *child : node.children)
            text += plainText(*child);
        return text;
    }

    // Whether an element inside the article is furniture to cut.
    bool isFurniture(const HtmlNode &node) const
    {
        static const analysis::WordSet cut{u"nav"_s,    u"aside"_s,      u"footer"_s,
                                           u"figure"_s, u"figcaption"_s, u"form"_s,
                                           u"dialog"_s, u"menu"_s,       u"fieldset"_s};
        // What holds the best block is never furniture, whatever its links or names say.
        for (const HtmlNode *up = m_core; up; up = up->parent)
            if (up == &node)
                return false;
        const Stats stats = m_stats.value(&node);
        if (cut.contains(node.tag))
            return node.tag != "form"_L1 || stats.chars < m_selectionChars / 2;
        const QString hint = hints(node);
        if (hasNegativeHint(hint) && !hasPositiveHint(hint) &&
            stats.chars < std::max(200, m_selectionChars / 4))
            return true;
        static const analysis::WordSet lists{u"ul"_s,    u"ol"_s,     u"div"_s, u"section"_s,
                                             u"table"_s, u"header"_s, u"p"_s,   u"li"_s,
                                             u"dl"_s,    u"span"_s};
        // Lists of links: related stories, tags, "read more", menus built from <div>s.
        if (!m_keepLinks && lists.contains(node.tag) && stats.chars > 0 &&
            stats.linkDensity() > 0.5)
            return true;
        return false;
    }

    void render(const HtmlNode &node, QStringList &paragraphs, bool isRoot)
    {
        QString current;
        renderInto(node, current, paragraphs, isRoot);
        flush(current, paragraphs);
    }

    static void flush(QString &current, QStringList &paragraphs)
    {
        const QString paragraph = collapseAsciiSpaces(current);
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
        current.clear();
    }

    void renderInto(const HtmlNode &node, QString &current, QStringList &paragraphs, bool isRoot)
    {
        if (node.isText()) {
            // Only ASCII white space collapses here; no-break spaces are kept as they are.
            current += node.text;
            return;
        }
        if (isSkipped(node) || (!isRoot && isFurniture(node)))
            return;
        const bool block = isBlockElement(node.tag);
        if (block)
            flush(current, paragraphs);
        if (node.tag == "br"_L1 || node.tag == "hr"_L1)
            return;
        for (const HtmlNode *child : node.children) {
            if (!child->isText() && (child->tag == "td"_L1 || child->tag == "th"_L1) &&
                !current.isEmpty())
                current += u' ';
            renderInto(*child, current, paragraphs, false);
        }
        if (block)
            flush(current, paragraphs);
        else if (node.tag == "img"_L1)
            current += u' ';
    }

    const HtmlTree &m_tree;
    QHash<const HtmlNode *, Stats> m_stats;
    QHash<const HtmlNode *, double> m_scores;
    int m_selectionChars = 0;
    const HtmlNode *m_core = nullptr;     // the best block before it grew to its parents
    QHash<const HtmlNode *, int> m_order; // document order
    bool m_keepLinks = false;
};

} // namespace

QString extractArticleBody(const HtmlTree &tree)
{
    return Extractor(tree).body();
}

} // namespace parallax
