#include "export/jsonld.h"

#include "export/devicewrite.h"
#include "export/exportdata.h"
#include "export/offsets.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// An article's address: its URL, or a stable URN when it has none.
QString articleIri(const Article &article)
{
    return article.url.isEmpty() ? u"urn:parallax:article:%1"_s.arg(article.id) : article.url;
}

QJsonObject textBody(const QString &value, const QString &purpose)
{
    return {{u"type"_s, u"TextualBody"_s}, {u"value"_s, value}, {u"purpose"_s, purpose}};
}

QJsonObject appearanceJson(const Article &article)
{
    QJsonObject work{{u"@type"_s, u"CreativeWork"_s},
                     {u"url"_s, articleIri(article)},
                     {u"headline"_s, article.title}};
    if (!article.outletName.isEmpty())
        work.insert(u"publisher"_s,
                    QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, article.outletName}});
    if (!article.published.isEmpty())
        work.insert(u"datePublished"_s, article.published);
    if (!article.author.isEmpty())
        work.insert(u"author"_s,
                    QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, article.author}});
    return work;
}

} // namespace

QJsonObject webAnnotations(const ExportData &data)
{
    QJsonArray items;
    qint64 current = -1;
    const Article *article = nullptr;
    std::optional<CodePointOffsets> offsets;
    for (const Annotation &a : data.annotations) {
        if (a.status == AnnotationStatus::Rejected)
            continue;
        if (a.articleId != current) {
            current = a.articleId;
            article = data.article(a.articleId);
            if (article)
                offsets.emplace(article->body);
        }
        if (!article)
            continue;
        QJsonArray body;
        QString motivation = u"identifying"_s;
        switch (a.kind) {
        case AnnotationKind::Code:
            motivation = u"tagging"_s;
            body.append(textBody(data.codePaths.value(a.codeId.value_or(0)), u"tagging"_s));
            break;
        case AnnotationKind::Quote:
            body.append(textBody(u"quotation"_s, u"classifying"_s));
            if (a.personId)
                body.append(textBody(data.personName(a.personId), u"identifying"_s));
            break;
        case AnnotationKind::SpeakerMention:
            body.append(textBody(data.personName(a.personId), u"identifying"_s));
            break;
        case AnnotationKind::PlaceMention:
            body.append(textBody(data.placeName(a.placeId), u"identifying"_s));
            break;
        }
        for (qsizetype n : data.notesOfAnnotation.value(a.id)) {
            QJsonObject note = textBody(data.notes.at(n).body, u"commenting"_s);
            note.insert(u"format"_s, u"text/markdown"_s);
            body.append(note);
        }
        const QJsonArray selectors{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                               {u"exact"_s, data.exact(a).toString()},
                                               {u"prefix"_s, data.prefix(a).toString()},
                                               {u"suffix"_s, data.suffix(a).toString()}},
                                   QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                               {u"start"_s, (*offsets)(a.start)},
                                               {u"end"_s, (*offsets)(a.end)}}};
        QJsonObject item{{u"id"_s, u"urn:parallax:annotation:%1"_s.arg(a.id)},
                         {u"type"_s, u"Annotation"_s},
                         {u"motivation"_s, motivation},
                         {u"body"_s, body},
                         {u"target"_s, QJsonObject{{u"source"_s, articleIri(*article)},
                                                   {u"selector"_s, selectors}}}};
        if (a.origin == AnnotationOrigin::Auto)
            item.insert(u"generator"_s,
                        QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, u"Parallax"_s}});
        items.append(item);
    }
    return {{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, u"urn:parallax:export"_s},
            {u"type"_s, u"AnnotationCollection"_s},
            {u"label"_s, u"Parallax annotations: %1"_s.arg(data.title())},
            {u"total"_s, items.size()},
            {u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, items}}}};
}

QJsonObject claimReviews(const ExportData &data)
{
    QJsonArray reviews;
    for (const Claim &claim : data.claims) {
        QJsonArray appearances;
        const Article *first = nullptr;
        QSet<qint64> seen;
        for (const ClaimAppearance &appearance : data.appearances) {
            if (appearance.claimId != claim.id)
                continue;
            const Annotation *passage = data.annotation(appearance.annotationId);
            const Article *article = passage ? data.article(passage->articleId) : nullptr;
            if (!article || seen.contains(article->id))
                continue;
            seen.insert(article->id);
            QJsonObject work = appearanceJson(*article);
            work.insert(u"text"_s, data.exact(*passage).toString());
            appearances.append(work);
            // The earliest dated appearance; undated ones only when none is dated.
            if (!first || (!article->published.isEmpty() &&
                           (first->published.isEmpty() || article->published < first->published)))
                first = article;
        }
        QJsonObject reviewed{
            {u"@type"_s, u"Claim"_s}, {u"text"_s, claim.statement}, {u"appearance"_s, appearances}};
        if (claim.personId)
            reviewed.insert(u"author"_s, QJsonObject{{u"@type"_s, u"Person"_s},
                                                     {u"name"_s, data.personName(claim.personId)}});
        if (!claim.claimDate.isEmpty())
            reviewed.insert(u"datePublished"_s, claim.claimDate);
        if (first)
            reviewed.insert(u"firstAppearance"_s, appearanceJson(*first));
        reviews.append(QJsonObject{{u"@type"_s, u"ClaimReview"_s},
                                   {u"@id"_s, u"urn:parallax:claim:%1"_s.arg(claim.id)},
                                   {u"claimReviewed"_s, claim.statement},
                                   {u"itemReviewed"_s, reviewed}});
    }
    return {{u"@context"_s, u"https://schema.org"_s}, {u"@graph"_s, reviews}};
}

Status writeJsonLd(const QJsonObject &document, QIODevice &out)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    return writeAll(out, bytes, u"the JSON-LD"_s);
}

} // namespace parallax
