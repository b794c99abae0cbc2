#include "import/html/jsonldarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

bool isArticleType(const QJsonValue &type)
{
    static const QSet<QString> articles{u"Article"_s,
                                        u"NewsArticle"_s,
                                        u"BlogPosting"_s,
                                        u"ReportageNewsArticle"_s,
                                        u"AnalysisNewsArticle"_s,
                                        u"OpinionNewsArticle"_s,
                                        u"BackgroundNewsArticle"_s,
                                        u"ReviewNewsArticle"_s,
                                        u"LiveBlogPosting"_s,
                                        u"Report"_s,
                                        u"ScholarlyArticle"_s,
                                        u"TechArticle"_s,
                                        u"SocialMediaPosting"_s,
                                        u"SatiricalArticle"_s,
                                        u"AskPublicNewsArticle"_s,
                                        u"DiscussionForumPosting"_s,
                                        u"Blog"_s};
    if (type.isArray()) {
        for (const QJsonValue &one : type.toArray())
            if (isArticleType(one))
                return true;
        return false;
    }
    QString name = type.toString();
    name = name.section(u'/', -1); // "http://schema.org/NewsArticle"
    return articles.contains(name);
}

bool hasType(const QJsonValue &type, QLatin1StringView wanted)
{
    if (type.isArray()) {
        for (const QJsonValue &one : type.toArray())
            if (hasType(one, wanted))
                return true;
        return false;
    }
    return type.toString().section(u'/', -1) == wanted;
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QString name = object.value(u"name"_s).toString().simplified();
        if (name.isEmpty() && object.value(u"name"_s).isArray() &&
            !object.value(u"name"_s).toArray().isEmpty())
            name = object.value(u"name"_s).toArray().first().toString().simplified();
        return name;
    }
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &one : value.toArray()) {
            const QString name = nameOf(one);
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
        return names.join(u", "_s);
    }
    return {};
}

bool isOrganisation(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray all = value.toArray();
        return !all.isEmpty() && std::all_of(all.begin(), all.end(), [](const QJsonValue &one) {
            return isOrganisation(one);
        });
    }
    if (!value.isObject())
        return false;
    const QJsonValue type = value.toObject().value(u"@type"_s);
    return hasType(type, "Organization"_L1) || hasType(type, "NewsMediaOrganization"_L1) ||
           hasType(type, "Corporation"_L1) || hasType(type, "GovernmentOrganization"_L1);
}

QString urlOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QString id = object.value(u"@id"_s).toString();
        return id.isEmpty() ? object.value(u"url"_s).toString().trimmed() : id.trimmed();
    }
    return {};
}

// Raw line breaks and tabs inside strings are the commonest way pages break their JSON.
QByteArray repaired(const QString &json)
{
    QString text = json.trimmed();
    for (const QString &wrapper : {u"<!--"_s, u"//<![CDATA["_s, u"<![CDATA["_s})
        if (text.startsWith(wrapper))
            text = text.mid(wrapper.size());
    for (const QString &wrapper : {u"-->"_s, u"//]]>"_s, u"]]>"_s})
        if (text.endsWith(wrapper))
            text.chop(wrapper.size());
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    return text.toUtf8();
}

} // namespace

void JsonLdArticle::read(const QString &json)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        document = QJsonDocument::fromJson(repaired(json), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    visit(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0);
}

void JsonLdArticle::visit(const QJsonValue &value, int depth)
{
    if (depth > 6)
        return;
    if (value.isArray()) {
        for (const QJsonValue &one : value.toArray())
            visit(one, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QJsonValue type = object.value(u"@type"_s);
    if (isArticleType(type)) {
        take(object);
    } else if (hasType(type, "WebSite"_L1) && website.isEmpty()) {
        website = nameOf(object);
    }
    if (pageDate.isEmpty())
        pageDate = object.value(u"datePublished"_s).toString().trimmed();
    for (const QString &key : {u"@graph"_s, u"mainEntity"_s, u"itemListElement"_s})
        if (object.contains(key))
            visit(object.value(key), depth + 1);
}

void JsonLdArticle::take(const QJsonObject &article)
{
    if (m_found)
        return;
    m_found = true;
    headline = article.value(u"headline"_s).toString().simplified();
    if (headline.isEmpty())
        headline = article.value(u"name"_s).toString().simplified();
    for (const QString &key : {u"author"_s, u"creator"_s}) {
        const QJsonValue value = article.value(key);
        if (!author.isEmpty() || value.isUndefined())
            continue;
        if (isOrganisation(value))
            authorOrganisation = nameOf(value);
        else
            author = nameOf(value);
    }
    published = article.value(u"datePublished"_s).toString().trimmed();
    if (published.isEmpty())
        published = article.value(u"dateCreated"_s).toString().trimmed();
    publisher = nameOf(article.value(u"publisher"_s));
    url = urlOf(article.value(u"url"_s));
    if (url.isEmpty())
        url = urlOf(article.value(u"mainEntityOfPage"_s));
    language = article.value(u"inLanguage"_s).toString();
    articleBody = article.value(u"articleBody"_s).toString().trimmed();
}

} // namespace parallax
