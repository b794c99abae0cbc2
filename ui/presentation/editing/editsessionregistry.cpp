// EditSession: the registries of people and places, and the edits that link passages to them.
#include "analysis/gazetteer.h"
#include "editing/editsession.h"
#include "editing/registrycommands.h"
#include "storage/annotationstore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"

namespace parallax {

namespace {

QStringList cleanAliases(const QStringList &aliases, const QString &name)
{
    QStringList clean;
    for (const QString &alias : aliases) {
        const QString simple = alias.simplified();
        if (!simple.isEmpty() && simple.compare(name.simplified(), Qt::CaseInsensitive) != 0 &&
            !clean.contains(simple, Qt::CaseInsensitive))
            clean.append(simple);
    }
    return clean;
}

bool knowsSpelling(const Place &place, const QString &spelling)
{
    return place.name.compare(spelling, Qt::CaseInsensitive) == 0 ||
           place.aliases.contains(spelling, Qt::CaseInsensitive);
}

} // namespace

std::optional<qint64> EditSession::createPerson(const QString &name, const QStringList &aliases,
                                                const QString &description)
{
    Person person;
    person.name = name.simplified();
    person.aliases = cleanAliases(aliases, name);
    person.description = description.trimmed();
    if (person.name.isEmpty()) {
        fail(tr("A person needs a name."));
        return std::nullopt;
    }
    auto *command = new SavePersonCommand(m_library, std::nullopt, person,
                                          tr("New Person “%1”").arg(person.name));
    if (!push(command))
        return std::nullopt;
    return command->recordId();
}

bool EditSession::updatePerson(const Person &person)
{
    auto before = PersonStore(m_library).get(person.id);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    Person after = person;
    after.aliases = cleanAliases(person.aliases, person.name);
    return push(
        new SavePersonCommand(m_library, *before, after, tr("Edit Person “%1”").arg(before->name)));
}

std::optional<qint64> EditSession::createPlace(Place place)
{
    place.id = 0;
    place.name = place.name.simplified();
    place.aliases = cleanAliases(place.aliases, place.name);
    place.origin = Origin::User;
    if (place.name.isEmpty()) {
        fail(tr("A place needs a name."));
        return std::nullopt;
    }
    auto *command =
        new SavePlaceCommand(m_library, std::nullopt, place, tr("New Place “%1”").arg(place.name));
    if (!push(command))
        return std::nullopt;
    return command->recordId();
}

bool EditSession::updatePlace(const Place &place)
{
    auto before = PlaceStore(m_library).get(place.id);
    if (!before) {
        fail(before.error().message);
        return false;
    }
    Place after = place;
    after.aliases = cleanAliases(place.aliases, place.name);
    return push(
        new SavePlaceCommand(m_library, *before, after, tr("Edit Place “%1”").arg(before->name)));
}

std::optional<qint64> EditSession::placeFromGazetteer(const QString &name, PlaceKind kind)
{
    PlaceStore places(m_library);
    auto found = places.findByName(name);
    if (!found) {
        fail(found.error().message);
        return std::nullopt;
    }
    for (qint64 id : std::as_const(*found)) {
        auto place = places.get(id);
        if (place && place->kind == kind && place->name == name)
            return id;
    }
    const auto gazetteer = analysis::Gazetteer::bundled();
    const int index = gazetteer->indexOf(name, kind);
    if (index < 0) {
        fail(tr("“%1” is not in the gazetteer.").arg(name));
        return std::nullopt;
    }
    Place place;
    place.name = name;
    place.kind = kind;
    place.aliases = gazetteer->place(index).aliases;
    place.origin = Origin::Bundled;
    auto *command = new SavePlaceCommand(m_library, std::nullopt, place,
                                         tr("Add “%1” to the Library").arg(name));
    if (!push(command))
        return std::nullopt;
    return command->recordId();
}

std::optional<qint64> EditSession::markGazetteerPlace(qint64 articleId, qsizetype start,
                                                      qsizetype end, const QString &name,
                                                      PlaceKind kind)
{
    std::optional<qint64> marked;
    const bool done = inOneStep(tr("Mark Place “%1”").arg(name), [&] {
        const std::optional<qint64> place = placeFromGazetteer(name, kind);
        marked = place ? markPlace(articleId, start, end, *place) : std::nullopt;
        return marked.has_value();
    });
    return done ? marked : std::nullopt;
}

bool EditSession::setSpeakerToNewPerson(qint64 quoteId, const QString &name,
                                        const QStringList &aliases)
{
    return inOneStep(tr("Set Speaker to New Person"), [&] {
        const std::optional<qint64> person = createPerson(name, aliases);
        return person && setSpeaker(quoteId, person);
    });
}

bool EditSession::learnAlias(qint64 placeId, const QString &spelling)
{
    auto place = PlaceStore(m_library).get(placeId);
    if (!place) {
        fail(place.error().message);
        return false;
    }
    const QString simple = spelling.simplified();
    if (simple.isEmpty() || knowsSpelling(*place, simple))
        return true;
    Place after = *place;
    after.aliases.append(simple);
    return push(
        new SavePlaceCommand(m_library, *place, after, tr("Learn Spelling “%1”").arg(simple)));
}

std::optional<qint64> EditSession::markPlace(qint64 articleId, qsizetype start, qsizetype end,
                                             qint64 placeId)
{
    std::optional<qint64> marked;
    const bool done = inOneStep(tr("Mark Place"), [&] {
        marked = markPlaceOnly(articleId, start, end, placeId);
        if (!marked)
            return false;
        auto passage = AnnotationStore(m_library).get(*marked);
        if (!passage) {
            fail(passage.error().message);
            return false;
        }
        return learnAlias(placeId, passage->exact);
    });
    return done ? marked : std::nullopt;
}

std::optional<qint64> EditSession::markNewPlace(qint64 articleId, qsizetype start, qsizetype end,
                                                Place place)
{
    std::optional<qint64> marked;
    const bool done = inOneStep(tr("Mark New Place “%1”").arg(place.name.simplified()), [&] {
        const std::optional<qint64> created = createPlace(place);
        if (!created)
            return false;
        marked = markPlace(articleId, start, end, *created);
        return marked.has_value();
    });
    return done ? marked : std::nullopt;
}

} // namespace parallax
