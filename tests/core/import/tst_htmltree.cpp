#include "import/html/htmltree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// The tree as nested tags with text: "div(p(a)p(b))".
QString shape(const HtmlNode &node)
{
    if (node.isText())
        return node.text.simplified();
    QString inner;
    for (const HtmlNode *child : node.children) {
        const QString part = shape(*child);
        if (!part.isEmpty())
            inner += part;
    }
    if (node.tag == "#document"_L1)
        return inner;
    return node.tag + u'(' + inner + u')';
}

QString shapeOf(const QString &html)
{
    const HtmlTree tree(tokenizeHtml(html));
    return shape(*tree.root());
}

} // namespace

class tst_HtmlTree : public QObject
{
    Q_OBJECT
private slots:
    void shouldRecoverAsBrowsersDo_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a block closes a paragraph")
            << u"<p>one<div>two</div>"_s << u"p(one)div(two)"_s;
        QTest::newRow("paragraphs close each other") << u"<p>one<p>two"_s << u"p(one)p(two)"_s;
        QTest::newRow("list items close each other")
            << u"<ul><li>a<li>b</ul>"_s << u"ul(li(a)li(b))"_s;
        QTest::newRow("cells close each other")
            << u"<table><tr><td>a<td>b<tr><td>c</table>"_s << u"table(tr(td(a)td(b))tr(td(c)))"_s;
        QTest::newRow("a stray end tag is ignored") << u"<div>a</span>b</div>"_s << u"div(ab)"_s;
        QTest::newRow("an unclosed nav ends with its parent")
            << u"<div><nav><a>Home</a></div><p>Story"_s << u"div(nav(a(Home)))p(Story)"_s;
        QTest::newRow("an unclosed svg ends with its parent")
            << u"<div><svg><path></div><p>Story</p>"_s << u"div(svg(path()))p(Story)"_s;
        QTest::newRow("no head end, no body tag")
            << u"<html><head><title>T</title><p>Body text"_s << u"title(T)p(Body text)"_s;
        QTest::newRow("void elements hold nothing")
            << u"<p>a<br>b<img src=x>c</p>"_s << u"p(abr()bimg()c)"_s;
        QTest::newRow("nested links are not") << u"<a>one<a>two</a>"_s << u"a(one)a(two)"_s;
        QTest::newRow("content after the body end")
            << u"<body><p>a</p></body><p>b</p>"_s << u"p(a)p(b)"_s;
        QTest::newRow("a page wrapped in a form")
            << u"<form><div><p>Story</p></div></form>"_s << u"form(div(p(Story)))"_s;
    }

    void shouldRecoverAsBrowsersDo()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(shapeOf(html), expected);
    }

    void shouldKeepTheLanguageAndFindElements()
    {
        const HtmlTree tree(tokenizeHtml(u"<html lang=\"uk\"><p>a</p><div><p>b</p></div>"_s));
        QCOMPARE(tree.root()->attribute(u"lang"_s), u"uk"_s);
        const QList<const HtmlNode *> paragraphs = tree.elements(u"p"_s);
        QCOMPARE(paragraphs.size(), 2);
        QCOMPARE(paragraphs.at(1)->parent->tag, u"div"_s);
    }

    void shouldNotNestWithoutEnd()
    {
        QString html;
        for (int i = 0; i < 5000; ++i)
            html += u"<span>x"_s;
        const HtmlTree tree(tokenizeHtml(html));
        int depth = 0;
        for (const HtmlNode *node = tree.root(); !node->children.isEmpty();
             node = node->children.constLast())
            ++depth;
        QVERIFY(depth > 100);
        QVERIFY(depth < 1000);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlTree)
#include "tst_htmltree.moc"
