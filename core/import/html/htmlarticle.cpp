#include "import/html/htmlarticle.h"

#include "import/html/articlebody.h"
#include "import/html/htmltokenizer.h"
#include "import/html/htmltree.h"
#include "import/html/pagemetadata.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Below this many characters the page's HTML holds no article text of its own.
constexpr qsizetype kShortBody = 200;

} // namespace

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(
        u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The declaration must come early in the page; ASCII is enough to read it.
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

HtmlArticle extractHtmlArticle(const QString &html)
{
    const HtmlTree tree(tokenizeHtml(html));
    const PageMetadata page = readPageMetadata(tree);
    HtmlArticle article;
    article.title = page.title;
    article.siteName = page.siteName;
    article.author = page.author;
    article.published = page.published;
    article.url = page.url;
    article.language = page.language;
    QString body = extractArticleBody(tree);
    if (body.size() < kShortBody) {
        // Pages that build their text with scripts: the HTML templates they carry, or the
        // text their JSON-LD gives.
        for (const HtmlNode *script : tree.elements(u"script"_s)) {
            const QString type = script->attribute(u"type"_s).toLower();
            if (!(type.contains("template"_L1) || type.contains("html"_L1)) ||
                script->children.isEmpty())
                continue;
            const HtmlTree inner(tokenizeHtml(script->children.front()->text));
            const QString text = extractArticleBody(inner);
            if (text.size() > body.size())
                body = text;
        }
        if (page.articleBody.size() > body.size())
            body = page.articleBody;
    }
    QStringList paragraphs = body.split(u'\n', Qt::SkipEmptyParts);
    // Pages repeat the headline as the first line of the article.
    const QString title = article.title.simplified();
    while (!paragraphs.isEmpty() && paragraphs.constFirst().simplified() == title)
        paragraphs.removeFirst();
    article.body = paragraphs.join(u'\n');
    return article;
}

} // namespace parallax
