#include "export/qdpxattributes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {
namespace {

constexpr int kVersion = 1;
const QString kFormat = u"parallax-passages"_s;

} // namespace

void PassageAttributes::applyTo(Annotation &annotation) const
{
    annotation.origin = origin;
    annotation.status = status;
    if (annotation.kind == AnnotationKind::Quote)
        annotation.quoteClass = quoteClass;
    annotation.confidence = confidence;
    annotation.ruleId = ruleId;
    annotation.truncated = truncated;
    annotation.metonym = metonym;
    annotation.analyserVersion = analyserVersion;
}

QByteArray writeProjectAttributes(const QList<Annotation> &passages,
                                  const std::function<QString(qint64 annotationId)> &selectionGuid,
                                  const QList<Person> &people, const QList<Place> &places)
{
    QJsonArray peopleArray;
    for (const Person &person : people)
        peopleArray.append(QJsonObject{{u"name"_s, person.name},
                                       {u"kind"_s, storedName(person.kind)},
                                       {u"description"_s, person.description},
                                       {u"aliases"_s, QJsonArray::fromStringList(person.aliases)}});
    QJsonArray placesArray;
    for (const Place &place : places)
        placesArray.append(QJsonObject{{u"name"_s, place.name},
                                       {u"kind"_s, storedName(place.kind)},
                                       {u"aliases"_s, QJsonArray::fromStringList(place.aliases)}});
    QJsonObject all;
    for (const Annotation &a : passages) {
        QJsonObject one{{u"origin"_s, storedName(a.origin)}, {u"status"_s, storedName(a.status)}};
        if (a.quoteClass)
            one.insert(u"quote_class"_s, storedName(*a.quoteClass));
        if (a.confidence)
            one.insert(u"confidence"_s, *a.confidence);
        if (!a.ruleId.isEmpty())
            one.insert(u"rule"_s, a.ruleId);
        if (a.truncated)
            one.insert(u"truncated"_s, true);
        if (a.metonym)
            one.insert(u"metonym"_s, true);
        if (a.analyserVersion)
            one.insert(u"analyser_version"_s, *a.analyserVersion);
        if (a.speakerMentionId)
            one.insert(u"speaker_mention"_s, selectionGuid(*a.speakerMentionId));
        all.insert(selectionGuid(a.id), one);
    }
    return QJsonDocument(QJsonObject{{u"format"_s, kFormat},
                                     {u"version"_s, kVersion},
                                     {u"passages"_s, all},
                                     {u"people"_s, peopleArray},
                                     {u"places"_s, placesArray}})
        .toJson(QJsonDocument::Compact);
}

ProjectAttributes readProjectAttributes(const QByteArray &json, QString *error)
{
    ProjectAttributes read;
    QHash<QString, PassageAttributes> &byGuid = read.passages;
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    const QJsonObject root = document.object();
    if (parse.error != QJsonParseError::NoError || root.value(u"format"_s) != kFormat) {
        *error = u"%1 is not Parallax's passage attributes"_s.arg(kAttributesEntry);
        return read;
    }
    if (root.value(u"version"_s).toInt() > kVersion) {
        *error = u"%1 is of a newer version (%2)"_s.arg(kAttributesEntry)
                     .arg(root.value(u"version"_s).toInt());
        return read;
    }
    const QJsonObject passages = root.value(u"passages"_s).toObject();
    for (auto it = passages.constBegin(); it != passages.constEnd(); ++it) {
        const QJsonObject one = it.value().toObject();
        PassageAttributes p;
        p.origin = annotationOriginFromString(one.value(u"origin"_s).toString())
                       .value_or(AnnotationOrigin::Manual);
        p.status = annotationStatusFromString(one.value(u"status"_s).toString())
                       .value_or(AnnotationStatus::Accepted);
        p.quoteClass = quoteClassFromString(one.value(u"quote_class"_s).toString());
        if (one.contains(u"confidence"_s))
            p.confidence = qBound(0.0, one.value(u"confidence"_s).toDouble(), 1.0);
        p.ruleId = one.value(u"rule"_s).toString();
        p.truncated = one.value(u"truncated"_s).toBool();
        p.metonym = one.value(u"metonym"_s).toBool();
        if (one.contains(u"analyser_version"_s))
            p.analyserVersion = one.value(u"analyser_version"_s).toInt();
        p.speakerMention = one.value(u"speaker_mention"_s).toString();
        byGuid.insert(it.key(), p);
    }
    auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            if (!item.toString().trimmed().isEmpty())
                list.append(item.toString());
        return list;
    };
    for (const QJsonValue &value : root.value(u"people"_s).toArray()) {
        Person person;
        person.name = value[u"name"_s].toString();
        person.kind = speakerKindFromString(value[u"kind"_s].toString());
        person.description = value[u"description"_s].toString();
        person.aliases = strings(value[u"aliases"_s]);
        if (!person.name.trimmed().isEmpty())
            read.people.append(person);
    }
    for (const QJsonValue &value : root.value(u"places"_s).toArray()) {
        Place place;
        place.name = value[u"name"_s].toString();
        place.kind = placeKindFromString(value[u"kind"_s].toString()).value_or(PlaceKind::Other);
        place.aliases = strings(value[u"aliases"_s]);
        if (!place.name.trimmed().isEmpty())
            read.places.append(place);
    }
    return read;
}

} // namespace parallax::qdpx
