#include "import/findingrecorder.h"

#include "analysis/nameidentity.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "storage/placestore.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr qsizetype kContextChars = 32;

bool inBody(const analysis::Span &span, qsizetype offset, qsizetype bodySize)
{
    return span.start >= offset && span.end - offset <= bodySize && span.size() > 0;
}

analysis::Span shifted(analysis::Span span, qsizetype offset)
{
    return {span.start - offset, span.end - offset};
}

Annotation spanAnnotation(qint64 articleId, const QString &body, analysis::Span span,
                          AnnotationKind kind)
{
    Annotation a;
    a.articleId = articleId;
    a.start = span.start;
    a.end = span.end;
    a.exact = body.mid(span.start, span.size());
    a.prefix = body.mid(std::max<qsizetype>(0, span.start - kContextChars),
                        std::min(kContextChars, span.start));
    a.suffix = body.mid(span.end, kContextChars);
    a.kind = kind;
    a.origin = AnnotationOrigin::Auto;
    a.status = AnnotationStatus::Pending;
    a.analyserVersion = analysis::kAnalyserVersion;
    return a;
}

bool isKept(const QList<Annotation> &kept, AnnotationKind kind, analysis::Span span)
{
    for (const Annotation &a : kept)
        if (a.kind == kind && a.start == span.start && a.end == span.end)
            return true;
    return false;
}

} // namespace

analysis::Analysis analyseArticle(const analysis::Analyser &analyser, const Article &article)
{
    const QString text = article.title + u"\n\n"_s + article.body;
    const qsizetype offset = article.title.size() + 2;
    const analysis::Analysis all =
        analyser.analyse(text, QDate::fromString(article.published.left(10), Qt::ISODate));
    analysis::Analysis body;
    for (analysis::QuoteFinding quote : all.quotes) {
        if (!inBody(quote.span, offset, article.body.size()))
            continue;
        quote.span = shifted(quote.span, offset);
        quote.marks = shifted(quote.marks, offset);
        if (quote.mention && !inBody(quote.mention->span, offset, article.body.size()))
            quote.mention->span = {};
        else if (quote.mention)
            quote.mention->span = shifted(quote.mention->span, offset);
        body.quotes.append(quote);
    }
    for (analysis::PlaceFinding place : all.places) {
        if (!inBody(place.span, offset, article.body.size()))
            continue;
        place.span = shifted(place.span, offset);
        body.places.append(place);
    }
    return body;
}

Result<std::shared_ptr<const analysis::Analyser>> libraryAnalyser(const Database &database)
{
    Result<QList<Place>> places = PlaceStore(database).list();
    if (!places)
        return places.error();
    Result<QList<Person>> people = PersonStore(database).list();
    if (!people)
        return people.error();
    QHash<qint64, QString> names;
    for (const Place &place : *places)
        names.insert(place.id, place.name);
    QList<analysis::GazetteerPlace> userPlaces;
    for (const Place &place : *places)
        userPlaces.append({place.name,
                           place.kind,
                           place.parentId ? names.value(*place.parentId) : QString(),
                           false,
                           {},
                           place.aliases,
                           place.origin == Origin::User});
    auto gazetteer = places->isEmpty() ? analysis::Gazetteer::bundled()
                                       : analysis::Gazetteer::bundled()->withUserPlaces(userPlaces);
    auto registry = people->isEmpty()
                        ? analysis::PeopleRegistry::bundled()
                        : analysis::PeopleRegistry::bundled()->withUserPeople(*people);
    return std::make_shared<const analysis::Analyser>(std::move(gazetteer), std::move(registry));
}

FindingRecorder::FindingRecorder(const Database &database, const analysis::Analyser &analyser)
    : m_database(database), m_analyser(analyser), m_annotations(database)
{}

Result<qint64> FindingRecorder::placeId(const analysis::PlaceFinding &finding)
{
    const QString key = storedName(finding.kind) + u'|' + finding.canonical;
    if (const auto it = m_places.constFind(key); it != m_places.cend())
        return *it;
    PlaceStore places(m_database);
    Result<QList<qint64>> found = places.findByName(finding.canonical);
    if (!found)
        return found.error();
    for (qint64 id : *found) {
        Result<Place> place = places.get(id);
        if (place && place->kind == finding.kind && place->name == finding.canonical) {
            m_places.insert(key, id);
            return id;
        }
    }
    Place place;
    place.name = finding.canonical;
    place.kind = finding.kind;
    place.origin = Origin::Bundled;
    const int index = m_analyser.gazetteer().indexOf(finding.canonical, finding.kind);
    if (index >= 0)
        place.aliases = m_analyser.gazetteer().place(index).aliases;
    Result<qint64> created = places.create(place);
    if (created)
        m_places.insert(key, *created);
    return created;
}

Result<std::optional<qint64>> FindingRecorder::personId(const QString &name)
{
    if (name.isEmpty())
        return std::optional<qint64>();
    if (const auto it = m_people.constFind(name); it != m_people.cend())
        return std::optional<qint64>(*it);
    PersonStore people(m_database);
    Result<QList<qint64>> found = people.findByName(name);
    if (!found)
        return found.error();
    for (qint64 id : *found) {
        Result<Person> person = people.get(id);
        if (person && person->name.compare(name, Qt::CaseInsensitive) == 0) {
            m_people.insert(name, id);
            return std::optional<qint64>(id);
        }
    }
    const int index = m_analyser.people().indexOf(name);
    if (index < 0) {
        Result<std::optional<qint64>> same = samePersonInAnotherSpelling(name);
        if (!same || *same) {
            if (same)
                m_people.insert(name, **same);
            return same;
        }
    }
    Person person;
    person.name = name;
    if (index >= 0) {
        person.aliases = m_analyser.people().person(index).aliases;
        person.roles = m_analyser.people().person(index).roles;
        person.origin = Origin::Bundled;
        if (m_analyser.people().isOrganisation(index))
            person.kind = SpeakerKind::Organisation;
    }
    Result<qint64> created = people.create(person);
    if (!created)
        return created.error();
    m_people.insert(name, *created);
    if (m_peopleByIdentity && person.kind == SpeakerKind::Person) {
        if (const QString key = analysis::nameIdentityKey(name); analysis::isWholeNameKey(key))
            m_peopleByIdentity->insert(key, *created);
    }
    return std::optional<qint64>(*created);
}

Result<std::optional<qint64>> FindingRecorder::samePersonInAnotherSpelling(const QString &name)
{
    const QString key = analysis::nameIdentityKey(name);
    if (!analysis::isWholeNameKey(key))
        return std::optional<qint64>();
    PersonStore people(m_database);
    if (!m_peopleByIdentity) {
        Result<QList<Person>> all = people.list();
        if (!all)
            return all.error();
        QHash<QString, qint64> byIdentity;
        for (const Person &person : std::as_const(*all)) {
            if (person.kind != SpeakerKind::Person)
                continue;
            for (const QString &spelling : QStringList{person.name} + person.aliases) {
                const QString identity = analysis::nameIdentityKey(spelling);
                if (analysis::isWholeNameKey(identity) && !byIdentity.contains(identity))
                    byIdentity.insert(identity, person.id);
            }
        }
        m_peopleByIdentity = std::move(byIdentity);
    }
    const auto found = m_peopleByIdentity->constFind(key);
    if (found == m_peopleByIdentity->cend())
        return std::optional<qint64>();
    Result<Person> person = people.get(*found);
    if (!person)
        return person.error();
    if (!person->aliases.contains(name, Qt::CaseInsensitive) &&
        person->name.compare(name, Qt::CaseInsensitive) != 0) {
        person->aliases.append(name);
        if (Status updated = people.update(*person); !updated)
            return updated.error();
    }
    return std::optional<qint64>(*found);
}

Status FindingRecorder::record(qint64 articleId, const QString &body,
                               const analysis::Analysis &findings, const QList<Annotation> &kept)
{
    for (const analysis::PlaceFinding &finding : findings.places) {
        if (isKept(kept, AnnotationKind::PlaceMention, finding.span))
            continue;
        Result<qint64> place = placeId(finding);
        if (!place)
            return place.error();
        Annotation a = spanAnnotation(articleId, body, finding.span, AnnotationKind::PlaceMention);
        a.placeId = *place;
        a.metonym = finding.metonym;
        a.confidence = finding.confidence;
        a.ruleId = finding.rule;
        if (Result<qint64> id = m_annotations.insert(a); !id)
            return id.error();
    }
    QHash<qsizetype, qint64> mentionIds; // one annotation for a mention several quotes share
    for (const analysis::QuoteFinding &finding : findings.quotes) {
        if (isKept(kept, AnnotationKind::Quote, finding.span))
            continue;
        Result<std::optional<qint64>> person = personId(finding.speaker());
        if (!person)
            return person.error();
        Annotation quote = spanAnnotation(articleId, body, finding.span, AnnotationKind::Quote);
        if (finding.mention && mentionIds.contains(finding.mention->span.start)) {
            quote.speakerMentionId = mentionIds.value(finding.mention->span.start);
        } else if (finding.mention && finding.mention->span.size() > 0 &&
                   !isKept(kept, AnnotationKind::SpeakerMention, finding.mention->span)) {
            Annotation mention = spanAnnotation(articleId, body, finding.mention->span,
                                                AnnotationKind::SpeakerMention);
            mention.personId = *person;
            mention.confidence = finding.confidence;
            mention.ruleId = finding.rule;
            Result<qint64> mentionId = m_annotations.insert(mention);
            if (!mentionId)
                return mentionId.error();
            quote.speakerMentionId = *mentionId;
            mentionIds.insert(finding.mention->span.start, *mentionId);
        }
        quote.personId = *person;
        quote.quoteClass = finding.quoteClass;
        quote.truncated = finding.truncated;
        quote.confidence = finding.confidence;
        quote.ruleId = finding.rule;
        if (Result<qint64> id = m_annotations.insert(quote); !id)
            return id.error();
    }
    return {};
}

} // namespace parallax
