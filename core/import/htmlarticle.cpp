#include "import/htmlarticle.h"

#include "import/htmltokenizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Whole subtrees that are never part of the article text.
const QSet<QString> kSkipped{u"script"_s, u"style"_s,  u"noscript"_s, u"template"_s, u"svg"_s,
                             u"nav"_s,    u"header"_s, u"footer"_s,   u"aside"_s,    u"form"_s,
                             u"button"_s, u"select"_s, u"iframe"_s,   u"object"_s,   u"menu"_s,
                             u"dialog"_s, u"figure"_s, u"title"_s,    u"head"_s,     u"textarea"_s};
// Elements that end a paragraph of text.
const QSet<QString> kBlocks{u"p"_s,      u"div"_s,     u"br"_s,      u"h1"_s,    u"h2"_s,
                            u"h3"_s,     u"h4"_s,      u"h5"_s,      u"h6"_s,    u"li"_s,
                            u"ul"_s,     u"ol"_s,      u"blockquote"_s, u"section"_s,
                            u"article"_s, u"main"_s,   u"tr"_s,      u"td"_s,    u"th"_s,
                            u"table"_s,  u"pre"_s,     u"hr"_s,      u"dd"_s,    u"dt"_s,
                            u"body"_s,   u"html"_s};
const QSet<QString> kVoid{u"br"_s,   u"hr"_s,   u"img"_s,   u"meta"_s,  u"link"_s, u"input"_s,
                          u"source"_s, u"wbr"_s, u"area"_s, u"base"_s,  u"col"_s,  u"embed"_s,
                          u"track"_s, u"param"_s};

QString collapseSpaces(const QString &text)
{
    // Only ASCII white space collapses: no-break spaces are part of the text.
    static const QRegularExpression spaces(u"[ \\t\\n\\r\\f]+"_s);
    QString out = text;
    out.replace(spaces, u" "_s);
    return out.trimmed();
}

QString languageTag(const QString &value)
{
    const QString tag = value.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    return tag.size() >= 2 && tag.size() <= 3 ? tag : QString();
}

class BodyBuilder
{
public:
    void text(const QString &t)
    {
        m_current += t;
    }
    void breakParagraph()
    {
        const QString paragraph = collapseSpaces(m_current);
        if (!paragraph.isEmpty())
            m_paragraphs.append(paragraph);
        m_current.clear();
    }
    QStringList paragraphs()
    {
        breakParagraph();
        return m_paragraphs;
    }

private:
    QString m_current;
    QStringList m_paragraphs;
};

// The body text of the tokens, only inside `container` elements when there are any.
QStringList readableParagraphs(const QList<HtmlToken> &tokens, const QString &container)
{
    BodyBuilder builder;
    QStringList skipStack;
    int containerDepth = 0;
    const bool useContainer = !container.isEmpty();
    for (const HtmlToken &token : tokens) {
        switch (token.type) {
        case HtmlToken::Type::StartTag:
            // </head> may be left out; the body start closes it all the same.
            if (token.name == "body"_L1)
                skipStack.removeAll(u"head"_s);
            if (kSkipped.contains(token.name) && !token.selfClosing && !kVoid.contains(token.name)) {
                skipStack.append(token.name);
            } else if (useContainer && token.name == container) {
                ++containerDepth;
            }
            if (kBlocks.contains(token.name))
                builder.breakParagraph();
            break;
        case HtmlToken::Type::EndTag:
            if (const qsizetype at = skipStack.lastIndexOf(token.name); at >= 0) {
                skipStack.resize(at);
            } else if (useContainer && token.name == container && containerDepth > 0) {
                --containerDepth;
            }
            if (kBlocks.contains(token.name))
                builder.breakParagraph();
            break;
        case HtmlToken::Type::Text:
            if (skipStack.isEmpty() && (!useContainer || containerDepth > 0) && token.name.isEmpty())
                builder.text(token.text);
            break;
        }
    }
    return builder.paragraphs();
}

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
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    HtmlArticle article;
    QHash<QString, QString> meta;
    QString titleElement;
    QString firstH1;
    QString firstTime;
    QString canonical;
    bool hasArticle = false;
    bool hasMain = false;
    bool inH1 = false;
    QString h1Text;

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const HtmlToken &token = tokens[i];
        if (token.type == HtmlToken::Type::StartTag) {
            if (token.name == "meta"_L1) {
                QString key = token.attributes.value(u"property"_s);
                if (key.isEmpty())
                    key = token.attributes.value(u"name"_s);
                if (key.isEmpty())
                    key = token.attributes.value(u"itemprop"_s);
                if (key.isEmpty())
                    key = token.attributes.value(u"http-equiv"_s);
                key = key.toLower();
                if (!key.isEmpty() && !meta.contains(key))
                    meta.insert(key, token.attributes.value(u"content"_s).trimmed());
            } else if (token.name == "html"_L1) {
                article.language = languageTag(token.attributes.value(u"lang"_s));
            } else if (token.name == "link"_L1
                       && token.attributes.value(u"rel"_s).toLower() == "canonical"_L1) {
                canonical = token.attributes.value(u"href"_s);
            } else if (token.name == "time"_L1 && firstTime.isEmpty()) {
                firstTime = token.attributes.value(u"datetime"_s);
            } else if (token.name == "h1"_L1 && firstH1.isEmpty()) {
                inH1 = true;
            } else if (token.name == "article"_L1) {
                hasArticle = true;
            } else if (token.name == "main"_L1) {
                hasMain = true;
            } else if (token.name == "title"_L1 && i + 1 < tokens.size()
                       && tokens[i + 1].name == "title"_L1) {
                titleElement = collapseSpaces(tokens[i + 1].text);
            }
        } else if (token.type == HtmlToken::Type::EndTag && token.name == "h1"_L1 && inH1) {
            inH1 = false;
            firstH1 = collapseSpaces(h1Text);
        } else if (token.type == HtmlToken::Type::Text && inH1 && token.name.isEmpty()) {
            h1Text += token.text;
        }
    }

    article.title = collapseSpaces(meta.value(u"og:title"_s));
    if (article.title.isEmpty())
        article.title = titleElement;
    if (article.title.isEmpty())
        article.title = firstH1;
    article.siteName = collapseSpaces(meta.value(u"og:site_name"_s));
    for (const QString &key : {u"author"_s, u"article:author"_s, u"byl"_s, u"dc.creator"_s}) {
        QString value = collapseSpaces(meta.value(key));
        // article:author is often a profile URL, which names nobody.
        if (value.isEmpty() || value.startsWith("http"_L1))
            continue;
        if (value.startsWith("By "_L1, Qt::CaseInsensitive))
            value = value.mid(3).trimmed();
        article.author = value;
        break;
    }
    for (const QString &key : {u"article:published_time"_s, u"datepublished"_s,
                               u"dc.date.issued"_s, u"date"_s, u"pubdate"_s}) {
        if (!meta.value(key).isEmpty()) {
            article.published = meta.value(key);
            break;
        }
    }
    if (article.published.isEmpty())
        article.published = firstTime.trimmed();
    article.url = meta.value(u"og:url"_s);
    if (article.url.isEmpty())
        article.url = canonical.trimmed();
    if (article.language.isEmpty())
        article.language = languageTag(meta.value(u"og:locale"_s));
    if (article.language.isEmpty())
        article.language = languageTag(meta.value(u"content-language"_s));

    QStringList paragraphs = readableParagraphs(
        tokens, hasArticle ? u"article"_s : (hasMain ? u"main"_s : QString()));
    if (paragraphs.isEmpty() && (hasArticle || hasMain))
        paragraphs = readableParagraphs(tokens, QString());
    // Pages repeat the headline as the first line of the article.
    if (!paragraphs.isEmpty() && paragraphs.constFirst() == article.title)
        paragraphs.removeFirst();
    article.body = paragraphs.join(u'\n');
    return article;
}

} // namespace parallax
