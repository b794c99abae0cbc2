#include "import/html/htmlarticle.h"

#include "import/html/articlebody.h"
#include "import/html/htmltokenizer.h"
#include "import/html/htmltree.h"
#include "import/html/pagemetadata.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {

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
    QStringList paragraphs = extractArticleBody(tree).split(u'\n', Qt::SkipEmptyParts);
    // Pages repeat the headline as the first line of the article.
    const QString title = article.title.simplified();
    while (!paragraphs.isEmpty() && paragraphs.constFirst().simplified() == title)
        paragraphs.removeFirst();
    article.body = paragraphs.join(u'\n');
    return article;
}

} // namespace parallax
