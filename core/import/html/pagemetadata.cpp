#include "import/html/pagemetadata.h"

#include "import/html/datetext.h"
#include "import/html/jsonldarticle.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString collapse(const QString &text)
{
    return text.simplified();
}

QString textOf(const HtmlNode &node)
{
    if (node.isText())
        return node.text;
    if (isNonContentElement(node.tag))
        return {};
    QString text;
    for (const HtmlNode *child : node.children) {
        text += textOf(*child);
        if (!child->isText() && isBlockElement(child->tag))
            text += u' ';
    }
    return text;
}

QString languageTag(const QString &value)
{
    const QString tag = value.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    return tag.size() >= 2 && tag.size() <= 3 ? tag : QString();
}

void walk(const HtmlNode &node, const std::function<void(const HtmlNode &)> &visit)
{
    if (node.isText())
        return;
    visit(node);
    for (const HtmlNode *child : node.children)
        walk(*child, visit);
}

// "By Jane Doe", "Jane Doe | Reuters", "Автор: …": the names alone.
// "By Jane Doe", "Posted on 21 September 2020 by Jane Doe", "Autor: Jane Doe, 01.12.2021",
// "Jane Doe | Reuters": the names alone; labels with no name give nothing.
QString cleanAuthor(QString author)
{
    author = collapse(author);
    // The word that introduces the name ("By", "Von", "Автор:"), or a label and what follows
    // it up to that word ("Posted on 21 September 2020 by", "Eingestellt von"). A particle
    // inside a name ("Ursula von der Leyen") is not such a word: only the start counts.
    static const QRegularExpression introduced(
        u"^(?:(?:posted|published|written|eingestellt|publiziert|geschrieben|post "
        u"author|veröffentlicht)\\b.{0,60}?\\s)?"
        "(?:by|von|par|por|door|from|автор[ыи]?:?|текст:?|author:|autor:|auteur:|autore:)\\s+"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(
        u"^(?:author|autor|auteur|autore|posted|published|written|"
        "publiziert|veröffentlicht|eingestellt|auteurs|authors|autoren|"
        "автор|авторы|автори)\\b[: ]*"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = introduced.match(author);
        m.hasMatch() && m.capturedEnd() < author.size())
        author = author.mid(m.capturedEnd());
    author.remove(label);
    author.remove(QRegularExpression(u"^[:\\-–—]\\s*"_s));
    // A date or time after the name ("Jane Doe, 01.12.2021", "Jane Doe am 29.12.2010").
    static const QRegularExpression dated(
        u"[,|·•–—-]?\\s*(?:\\b(?:am|on|le|el|il|op|den|vom|the)\\s+)?(?:\\b(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)\\w*\\.?,?\\s+)?\\d.*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    author.remove(dated);
    author = author.trimmed();
    while (!author.isEmpty() && QStringView(u",|·•–—-:").contains(author.back()))
        author.chop(1);
    author = author.trimmed();
    if (author.isEmpty() || author.startsWith("http"_L1, Qt::CaseInsensitive) ||
        author.contains(u'@') || author.size() > 120 || author.count(u' ') > 12 ||
        !author.front().isLetter())
        return {};
    // What a label leaves behind ("am" of "Publiziert am") names nobody.
    if (author.size() <= 3 && author == author.toLower())
        return {};
    return author;
}

bool isSeparator(QStringView text)
{
    static const QStringList separators{u"|"_s, u"-"_s, u"–"_s, u"—"_s, u"::"_s, u"·"_s,
                                        u"•"_s, u"«"_s, u"»"_s, u"/"_s, u":"_s};
    return separators.contains(text.toString());
}

QString normalizedForComparison(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString domainOf(const QString &url)
{
    QString host = QUrl(url).host();
    if (host.startsWith("www."_L1))
        host = host.mid(4);
    return host;
}

} // namespace

QString cleanPageTitle(const QString &rawTitle, const QString &heading, const QString &siteName)
{
    const QString title = collapse(rawTitle);
    const QString h1 = collapse(heading);
    if (title.isEmpty())
        return h1;
    const QString wantedH1 = normalizedForComparison(h1);
    const QString normalizedTitle = normalizedForComparison(title);
    // The <h1> is the headline when the title holds it whole ("Headline | Site").
    if (!wantedH1.isEmpty() && wantedH1.size() >= 10 && normalizedTitle.contains(wantedH1))
        return h1;
    // Split at separators standing between spaces: " | ", " - ", " — ", " :: ".
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    QStringList parts;
    QString current;
    for (const QString &word : words) {
        if (isSeparator(word) && !current.isEmpty()) {
            parts.append(current);
            current.clear();
            continue;
        }
        current += (current.isEmpty() ? QString() : u" "_s) + word;
    }
    if (!current.isEmpty())
        parts.append(current);
    if (parts.size() < 2)
        return title;
    const QString site = normalizedForComparison(siteName);
    QStringList kept;
    for (const QString &part : std::as_const(parts)) {
        const QString normalized = normalizedForComparison(part);
        if (!site.isEmpty() &&
            (normalized == site || site.contains(normalized) || normalized.contains(site)))
            continue;
        kept.append(part);
    }
    if (kept.isEmpty())
        return title;
    if (kept.size() == 1)
        return kept.front();
    // The longest part is the headline; site names and sections are short.
    const auto longest =
        std::max_element(kept.cbegin(), kept.cend(), [](const QString &a, const QString &b) {
            return a.count(u' ') < b.count(u' ');
        });
    if (longest->count(u' ') >= 3)
        return *longest;
    return title;
}

PageMetadata readPageMetadata(const HtmlTree &tree)
{
    PageMetadata page;
    QHash<QString, QString> meta;
    QString titleElement;
    QString heading;
    QString canonical;
    QString firstTime;
    QString itemAuthor;
    QString itemDate;
    QString itemHeadline;
    QString visibleByline;
    QString visibleDate;
    QList<QString> headings;
    QList<QString> articleHeadings;
    JsonLdArticle jsonLd;

    walk(*tree.root(), [&](const HtmlNode &node) {
        const QString &tag = node.tag;
        if (tag == "meta"_L1) {
            QString key = node.attribute(u"property"_s);
            if (key.isEmpty())
                key = node.attribute(u"name"_s);
            if (key.isEmpty())
                key = node.attribute(u"itemprop"_s);
            if (key.isEmpty())
                key = node.attribute(u"http-equiv"_s);
            key = key.toLower().trimmed();
            const QString content = collapse(node.attribute(u"content"_s));
            if (!key.isEmpty() && !content.isEmpty() && !meta.contains(key))
                meta.insert(key, content);
        } else if (tag == "title"_L1 && titleElement.isEmpty()) {
            // <title> holds raw text, which textOf (skipping head elements) does not read.
            titleElement =
                collapse(node.children.isEmpty() ? QString() : node.children.front()->text);
        } else if (tag == "link"_L1) {
            const QString rel = node.attribute(u"rel"_s).toLower();
            if (rel.split(u' ').contains(u"canonical"_s) && canonical.isEmpty())
                canonical = node.attribute(u"href"_s).trimmed();
        } else if (tag == "script"_L1 &&
                   node.attribute(u"type"_s).contains("ld+json"_L1, Qt::CaseInsensitive)) {
            for (const HtmlNode *child : node.children)
                if (child->isText())
                    jsonLd.read(child->text);
        } else if (tag == "h1"_L1) {
            const QString text = collapse(textOf(node));
            if (!text.isEmpty()) {
                headings.append(text);
                for (const HtmlNode *up = node.parent; up; up = up->parent)
                    if (up->tag == "article"_L1 || up->tag == "main"_L1) {
                        articleHeadings.append(text);
                        break;
                    }
            }
        } else if (tag == "time"_L1 && firstTime.isEmpty() &&
                   !node.attribute(u"datetime"_s).isEmpty()) {
            firstTime = node.attribute(u"datetime"_s).trimmed();
        }
        // RDFa and microdata on any element: <span property="schema:dateCreated" content="…">.
        if (tag != "meta"_L1 && node.attributes.contains(u"content"_s)) {
            QString key = node.attribute(u"property"_s);
            if (key.isEmpty())
                key = node.attribute(u"itemprop"_s);
            key = key.toLower().trimmed();
            const QString content = collapse(node.attribute(u"content"_s));
            if (!key.isEmpty() && !content.isEmpty() && !meta.contains(key))
                meta.insert(key, content);
        }
        if (visibleDate.isEmpty() && !isNonContentElement(tag)) {
            const QString hint = (node.attribute(u"class"_s) + u' ' + node.attribute(u"id"_s) +
                                  u' ' + node.attribute(u"itemprop"_s))
                                     .toLower();
            static const QRegularExpression dateHint(
                u"date|time|publish|posted|datum|fecha|data|dateline|\\bmeta\\b|byline|\\binfo\\b"_s);
            if (tag == "time"_L1 || dateHint.match(hint).hasMatch()) {
                const QString text = collapse(textOf(node));
                if (!text.isEmpty() && text.size() < 120)
                    visibleDate = dateInText(text);
            }
        }
        const QString itemprop = node.attribute(u"itemprop"_s);
        if (!itemprop.isEmpty() && tag != "meta"_L1) {
            const QStringList props = itemprop.split(u' ', Qt::SkipEmptyParts);
            if (props.contains(u"author"_s) && itemAuthor.isEmpty()) {
                QString name;
                walk(node, [&](const HtmlNode &inner) {
                    if (name.isEmpty() && inner.attribute(u"itemprop"_s) == "name"_L1)
                        name = inner.attributes.contains(u"content"_s)
                                   ? inner.attribute(u"content"_s)
                                   : textOf(inner);
                });
                itemAuthor = cleanAuthor(name.isEmpty() ? textOf(node) : name);
            }
            if (props.contains(u"datePublished"_s) && itemDate.isEmpty()) {
                itemDate = node.attributes.contains(u"datetime"_s) ? node.attribute(u"datetime"_s)
                                                                   : node.attribute(u"content"_s);
                if (itemDate.isEmpty())
                    itemDate = dateInText(collapse(textOf(node)));
            }
            if (props.contains(u"headline"_s) && itemHeadline.isEmpty())
                itemHeadline = collapse(textOf(node));
        }
        if (visibleByline.isEmpty() && !isNonContentElement(tag)) {
            const QString rel = node.attribute(u"rel"_s);
            const QString hint =
                (node.attribute(u"class"_s) + u' ' + node.attribute(u"id"_s)).toLower();
            if (rel == "author"_L1 || hint.contains("byline"_L1) ||
                (hint.contains("author"_L1) && !hint.contains("bio"_L1) &&
                 !hint.contains("about"_L1))) {
                const QString text = collapse(textOf(node));
                if (text.size() > 2 && text.size() < 100)
                    visibleByline = cleanAuthor(text);
            }
        }
    });

    page.siteName = jsonLd.publisher;
    if (page.siteName.isEmpty())
        page.siteName = meta.value(u"og:site_name"_s);
    if (page.siteName.isEmpty())
        page.siteName = jsonLd.website;
    if (page.siteName.isEmpty())
        page.siteName = meta.value(u"application-name"_s);

    page.url = jsonLd.url;
    if (page.url.isEmpty() || !page.url.startsWith("http"_L1))
        page.url = canonical;
    if (page.url.isEmpty() || !page.url.startsWith("http"_L1))
        page.url = meta.value(u"og:url"_s);
    if (page.siteName.isEmpty() && !page.url.isEmpty())
        page.siteName = domainOf(page.url);

    // The metadata titles, best first; the first that the page's <title> or an <h1> bears out
    // wins (some sites put a description in JSON-LD's headline), else the first there is.
    QString title;
    const QStringList offered{jsonLd.headline, meta.value(u"og:title"_s),
                              meta.value(u"twitter:title"_s), itemHeadline};
    const QString shownTitle = normalizedForComparison(titleElement);
    for (const QString &candidate : offered) {
        const QString normalized = normalizedForComparison(candidate);
        if (normalized.isEmpty())
            continue;
        bool confirmed = shownTitle.contains(normalized);
        for (const QString &h1 : std::as_const(headings))
            confirmed = confirmed || normalizedForComparison(h1) == normalized;
        if (confirmed) {
            title = candidate;
            break;
        }
    }
    for (const QString &candidate : offered)
        if (title.isEmpty())
            title = candidate;
    // The page's headline: the <h1> the title holds, else the one in the article, else the first.
    const QString normalizedTitle = normalizedForComparison(title.isEmpty() ? titleElement : title);
    for (const QString &candidate : std::as_const(headings)) {
        const QString normalized = normalizedForComparison(candidate);
        if (normalized.size() >= 10 &&
            (normalizedTitle.contains(normalized) ||
             normalizedForComparison(titleElement).contains(normalized))) {
            heading = candidate;
            break;
        }
    }
    if (heading.isEmpty() && !articleHeadings.isEmpty())
        heading = articleHeadings.front();
    if (heading.isEmpty() && !headings.isEmpty())
        heading = headings.front();
    if (title.isEmpty())
        title = titleElement;
    page.title = cleanPageTitle(title, heading, page.siteName);
    if (page.title.isEmpty())
        page.title = cleanPageTitle(titleElement, heading, page.siteName);
    // A title that only names the site ("Example News", "example.org") names no article.
    const QString site = normalizedForComparison(page.siteName);
    const QString named = normalizedForComparison(page.title);
    if (!heading.isEmpty() && !named.isEmpty() &&
        (named == site || named == normalizedForComparison(domainOf(page.url))))
        page.title = heading;

    page.author = cleanAuthor(jsonLd.author);
    for (const QString &key :
         {u"author"_s, u"article:author"_s, u"byl"_s, u"dc.creator"_s, u"dcterms.creator"_s,
          u"parsely-author"_s, u"sailthru.author"_s, u"twitter:creator"_s}) {
        if (!page.author.isEmpty())
            break;
        if (key == "twitter:creator"_L1)
            continue; // a handle, not a name
        page.author = cleanAuthor(meta.value(key));
    }
    if (page.author.isEmpty())
        page.author = itemAuthor;
    if (page.author.isEmpty())
        page.author = visibleByline;
    if (page.author.isEmpty())
        page.author = cleanAuthor(jsonLd.authorOrganisation);

    page.published = jsonLd.published;
    for (const QString &key : {u"article:published_time"_s,
                               u"og:published_time"_s,
                               u"datepublished"_s,
                               u"parsely-pub-date"_s,
                               u"sailthru.date"_s,
                               u"dc.date.issued"_s,
                               u"dc.date"_s,
                               u"dcterms.created"_s,
                               u"dcterms.date"_s,
                               u"publish-date"_s,
                               u"publishdate"_s,
                               u"pubdate"_s,
                               u"date"_s,
                               u"article.published"_s,
                               u"publication_date"_s,
                               u"schema:datepublished"_s,
                               u"schema:datecreated"_s,
                               u"dc:date"_s,
                               u"dcterms:created"_s,
                               u"dcterms:issued"_s,
                               u"datecreated"_s,
                               u"release_date"_s}) {
        if (!page.published.isEmpty())
            break;
        page.published = meta.value(key);
    }
    if (page.published.isEmpty())
        page.published = itemDate.trimmed();
    if (page.published.isEmpty())
        page.published = firstTime;
    if (page.published.isEmpty())
        page.published = jsonLd.pageDate;
    if (page.published.isEmpty())
        page.published = visibleDate;
    if (page.published.isEmpty())
        page.published = dateInUrl(page.url);

    page.articleBody = jsonLd.articleBody;
    page.language = languageTag(tree.root()->attribute(u"lang"_s));
    if (page.language.isEmpty())
        page.language = languageTag(jsonLd.language);
    if (page.language.isEmpty())
        page.language = languageTag(meta.value(u"og:locale"_s));
    if (page.language.isEmpty())
        page.language = languageTag(meta.value(u"content-language"_s));
    return page;
}

} // namespace parallax
