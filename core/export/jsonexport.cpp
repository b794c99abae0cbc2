#include "export/jsonexport.h"

#include "export/devicewrite.h"
#include "export/exportdata.h"
#include "export/offsets.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonObject annotationJson(const ExportData &data, const Annotation &a,
                           const CodePointOffsets &offsets)
{
    QJsonObject o{{u"id"_s, a.id},
                  {u"kind"_s, storedName(a.kind)},
                  {u"start"_s, offsets(a.start)},
                  {u"end"_s, offsets(a.end)},
                  {u"exact"_s, data.exact(a).toString()},
                  {u"origin"_s, storedName(a.origin)},
                  {u"status"_s, storedName(a.status)}};
    if (a.codeId) {
        o.insert(u"code"_s, *a.codeId);
        o.insert(u"code_path"_s, data.codePaths.value(*a.codeId));
    }
    if (a.personId)
        o.insert(u"person"_s, *a.personId);
    if (a.placeId)
        o.insert(u"place"_s, *a.placeId);
    if (a.speakerMentionId)
        o.insert(u"speaker_mention"_s, *a.speakerMentionId);
    if (a.quoteClass)
        o.insert(u"quote_class"_s, storedName(*a.quoteClass));
    if (a.confidence)
        o.insert(u"confidence"_s, *a.confidence);
    if (!a.ruleId.isEmpty())
        o.insert(u"rule"_s, a.ruleId);
    return o;
}

} // namespace

QJsonObject libraryJson(const ExportData &data)
{
    QJsonArray articles;
    qsizetype next = 0; // annotations are in article order
    for (const Article &article : data.articles) {
        const CodePointOffsets offsets(article.body);
        QJsonArray annotations;
        while (next < data.annotations.size() && data.annotations.at(next).articleId < article.id)
            ++next;
        for (; next < data.annotations.size() && data.annotations.at(next).articleId == article.id;
             ++next)
            annotations.append(annotationJson(data, data.annotations.at(next), offsets));
        articles.append(QJsonObject{{u"id"_s, article.id},
                                    {u"title"_s, article.title},
                                    {u"outlet"_s, orNull(article.outletName)},
                                    {u"author"_s, orNull(article.author)},
                                    {u"url"_s, orNull(article.url)},
                                    {u"published"_s, orNull(article.published)},
                                    {u"language"_s, orNull(article.language)},
                                    {u"length"_s, offsets.length()},
                                    {u"body"_s, article.body},
                                    {u"annotations"_s, annotations}});
    }
    QJsonArray codes;
    for (const Code &code : data.codes)
        codes.append(QJsonObject{{u"id"_s, code.id},
                                 {u"parent"_s, orNull(code.parentId)},
                                 {u"name"_s, code.name},
                                 {u"path"_s, data.codePaths.value(code.id)},
                                 {u"color"_s, code.color},
                                 {u"description"_s, orNull(code.description)},
                                 {u"codable"_s, code.codable},
                                 {u"position"_s, code.position}});
    QList<qint64> personIds = data.people.keys();
    std::sort(personIds.begin(), personIds.end());
    QJsonArray people;
    for (qint64 id : std::as_const(personIds)) {
        const Person &person = data.people.value(id);
        people.append(QJsonObject{{u"id"_s, id},
                                  {u"name"_s, person.name},
                                  {u"aliases"_s, QJsonArray::fromStringList(person.aliases)},
                                  {u"description"_s, orNull(person.description)}});
    }
    QList<qint64> placeIds = data.places.keys();
    std::sort(placeIds.begin(), placeIds.end());
    QJsonArray places;
    for (qint64 id : std::as_const(placeIds)) {
        const Place &place = data.places.value(id);
        places.append(QJsonObject{{u"id"_s, id},
                                  {u"name"_s, place.name},
                                  {u"kind"_s, storedName(place.kind)},
                                  {u"parent"_s, orNull(place.parentId)},
                                  {u"aliases"_s, QJsonArray::fromStringList(place.aliases)}});
    }
    QJsonArray claims;
    for (const Claim &claim : data.claims) {
        QJsonArray appearances;
        for (const ClaimAppearance &appearance : data.appearances) {
            if (appearance.claimId != claim.id)
                continue;
            const Annotation *passage = data.annotation(appearance.annotationId);
            appearances.append(
                QJsonObject{{u"id"_s, appearance.id},
                            {u"annotation"_s, appearance.annotationId},
                            {u"article"_s, passage ? QJsonValue(passage->articleId) : QJsonValue()},
                            {u"type"_s, storedName(appearance.type)}});
        }
        claims.append(QJsonObject{{u"id"_s, claim.id},
                                  {u"statement"_s, claim.statement},
                                  {u"person"_s, orNull(claim.personId)},
                                  {u"date"_s, orNull(claim.claimDate)},
                                  {u"appearances"_s, appearances}});
    }
    QJsonArray notes;
    for (const Note &note : data.notes)
        notes.append(QJsonObject{{u"id"_s, note.id},
                                 {u"target"_s, storedName(note.target)},
                                 {u"target_id"_s, note.targetId},
                                 {u"body"_s, note.body},
                                 {u"created_at"_s, note.createdAt.toString(Qt::ISODateWithMs)},
                                 {u"updated_at"_s, note.updatedAt.toString(Qt::ISODateWithMs)}});
    return QJsonObject{{u"format"_s, u"parallax-library"_s},
                       {u"version"_s, kJsonFormatVersion},
                       {u"scope"_s, data.title()},
                       {u"offsets"_s, u"code points"_s},
                       {u"articles"_s, articles},
                       {u"codes"_s, codes},
                       {u"people"_s, people},
                       {u"places"_s, places},
                       {u"claims"_s, claims},
                       {u"notes"_s, notes}};
}

Status writeJson(const ExportData &data, QIODevice &out)
{
    const QByteArray bytes = QJsonDocument(libraryJson(data)).toJson(QJsonDocument::Indented);
    return writeAll(out, bytes, u"the JSON"_s);
}

} // namespace parallax
