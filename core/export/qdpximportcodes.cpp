#include "export/qdpxformat.h"
#include "export/qdpximporter.h"
#include "storage/claimstore.h"
#include "storage/codestore.h"
#include "storage/notestore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {

Result<qint64> ProjectImporter::personNamed(const QString &name)
{
    if (const auto it = m_people.constFind(name); it != m_people.cend())
        return *it;
    PersonStore people(m_library);
    Result<QList<qint64>> found = people.findByName(name);
    if (!found)
        return found.error();
    qint64 id = found->value(0);
    if (!id) {
        Person person;
        person.name = name;
        Result<qint64> created = people.create(person);
        if (!created)
            return created.error();
        id = *created;
    }
    m_people.insert(name, id);
    return id;
}

Result<qint64> ProjectImporter::placeNamed(const QString &name, PlaceKind kind)
{
    PlaceStore places(m_library);
    const QString key = u"%1|%2"_s.arg(name, storedName(kind));
    Result<QList<qint64>> found = places.findByName(name);
    if (!found)
        return found.error();
    for (qint64 id : std::as_const(*found))
        if (auto place = places.get(id); place && place->name == name && place->kind == kind) {
            m_places.insert(key, id);
            return id;
        }
    Place place;
    place.name = name;
    place.kind = kind;
    Result<qint64> created = places.create(place);
    if (created)
        m_places.insert(key, *created);
    return created;
}

Status ProjectImporter::mapCodes()
{
    auto existing = CodeStore(m_library).list();
    if (!existing)
        return existing.error();
    QHash<QString, qint64> byPath; // "parent id|name" -> code id
    for (const Code &code : std::as_const(*existing))
        byPath.insert(u"%1|%2"_s.arg(code.parentId.value_or(0)).arg(code.name), code.id);
    QHash<QString, QString> roleOfRoot; // a root's GUID -> its marker
    for (const CodeNode &node : m_project.codes) {
        const QString marker = node.description.section(u'\n', 0, 0).trimmed();
        const QString parentRole = roleOfRoot.value(node.parentGuid);
        if (node.parentGuid.isEmpty() &&
            (marker == kQuotations || marker == kSpeakerMentions || marker == kPlaces)) {
            roleOfRoot.insert(node.guid, marker);
            continue;
        }
        CodeTarget target;
        if (parentRole == kQuotations || parentRole == kSpeakerMentions) {
            target.kind =
                parentRole == kQuotations ? AnnotationKind::Quote : AnnotationKind::SpeakerMention;
            if (marker != kUnknownSpeaker) {
                QString name = node.name;
                if (parentRole == kSpeakerMentions && name.endsWith(kMentionSuffix))
                    name.chop(kMentionSuffix.size());
                Result<qint64> person = personNamed(name);
                if (!person)
                    return person.error();
                target.personId = *person;
            }
        } else if (parentRole == kPlaces) {
            target.kind = AnnotationKind::PlaceMention;
            if (marker == kUnknownPlace) {
                m_codes.insert(node.guid, target);
                continue;
            }
            const PlaceKind kind =
                placeKindFromString(marker.mid(kPlacePrefix.size())).value_or(PlaceKind::Other);
            Result<qint64> place = placeNamed(node.name, kind);
            if (!place)
                return place.error();
            target.placeId = *place;
        } else {
            const std::optional<qint64> parent = m_codes.value(node.parentGuid).codeId;
            const QString key = u"%1|%2"_s.arg(parent.value_or(0)).arg(node.name.simplified());
            qint64 id = byPath.value(key);
            if (!id) {
                Code code;
                code.name =
                    node.name.simplified().isEmpty() ? u"Unnamed code"_s : node.name.simplified();
                code.parentId = parent;
                code.color = node.color.size() == 7 ? node.color : u"#f4d03f"_s;
                code.description = node.description;
                code.codable = node.codable;
                code.position = int(m_report.codes + existing->size());
                Result<qint64> created = CodeStore(m_library).create(code);
                if (!created)
                    return created.error();
                id = *created;
                byPath.insert(key, id);
                ++m_report.codes;
            }
            target.codeId = id;
            m_userCodes.insert(node.guid, id);
        }
        m_codes.insert(node.guid, target);
    }
    return {};
}

Status ProjectImporter::importCodeNotes()
{
    for (const CodeNode &node : m_project.codes)
        if (const qint64 code = m_userCodes.value(node.guid))
            for (const QString &note : node.noteRefs)
                if (Status done = addNote(NoteTarget::Code, code, m_noteTexts.value(note)); !done)
                    return done;
    return {};
}

Status ProjectImporter::importClaims()
{
    QHash<QString, QList<const Link *>> linksFrom;
    for (const Link &link : m_project.links)
        linksFrom[link.originGuid].append(&link);
    ClaimStore claims(m_library);
    auto existing = claims.list();
    if (!existing)
        return existing.error();
    for (const Set &set : m_project.sets) {
        const QStringList lines = set.description.split(u'\n');
        if (lines.value(0).trimmed() != kClaim && !linksFrom.contains(set.guid))
            continue; // an ordinary set of sources
        ++m_claimSets;
        m_claimLinks += int(linksFrom.value(set.guid).size());
        Claim claim;
        claim.statement = set.name.trimmed().isEmpty() ? lines.value(1) : set.name;
        claim.createdAt = QDateTime::currentDateTimeUtc();
        for (const QString &line : lines) {
            if (line.startsWith(kSpeakerLine)) {
                Result<qint64> person = personNamed(line.mid(kSpeakerLine.size()).trimmed());
                if (!person)
                    return person.error();
                claim.personId = *person;
            } else if (line.startsWith(kDateLine)) {
                claim.claimDate = line.mid(kDateLine.size()).trimmed();
            }
        }
        // The same statement by the same person is the same claim (a project merged twice).
        Result<qint64> id = qint64(0);
        for (const Claim &known : std::as_const(*existing))
            if (known.statement == claim.statement.trimmed() && known.personId == claim.personId)
                id = known.id;
        QSet<qint64> linked;
        if (*id) {
            auto appearances = claims.appearances(*id);
            if (!appearances)
                return appearances.error();
            for (const ClaimAppearance &appearance : std::as_const(*appearances))
                linked.insert(appearance.annotationId);
        } else {
            id = claims.create(claim);
            if (!id)
                return id.error();
            ++m_report.claims;
        }
        for (const Link *link : linksFrom.value(set.guid)) {
            const qint64 passage = m_selections.value(link->targetGuid);
            if (!passage || linked.contains(passage))
                continue;
            linked.insert(passage);
            ClaimAppearance appearance;
            appearance.claimId = *id;
            appearance.annotationId = passage;
            appearance.type =
                appearanceTypeFromString(link->name).value_or(AppearanceType::Verbatim);
            if (Result<qint64> added = claims.addAppearance(appearance); !added)
                return added.error();
        }
        for (const QString &note : set.memberNotes)
            if (Status done = addNote(NoteTarget::Claim, *id, m_noteTexts.value(note)); !done)
                return done;
    }
    return {};
}

Status ProjectImporter::mergeRegistry()
{
    PersonStore people(m_library);
    for (const Person &given : std::as_const(m_attributes.people)) {
        if (!m_people.contains(given.name))
            continue; // only the people the project's codes name
        Result<Person> person = people.get(m_people.value(given.name));
        if (!person)
            return person.error();
        Person merged = *person;
        for (const QString &alias : given.aliases)
            if (!merged.aliases.contains(alias) &&
                alias.compare(merged.name, Qt::CaseInsensitive) != 0)
                merged.aliases.append(alias);
        if (merged.description.isEmpty())
            merged.description = given.description;
        if (merged.aliases == person->aliases && merged.description == person->description &&
            merged.kind == given.kind)
            continue;
        merged.kind = given.kind;
        if (Status done = people.update(merged); !done)
            return done;
    }
    PlaceStore places(m_library);
    for (const Place &given : std::as_const(m_attributes.places)) {
        const auto id = m_places.constFind(u"%1|%2"_s.arg(given.name, storedName(given.kind)));
        if (id == m_places.cend())
            continue;
        Result<Place> place = places.get(*id);
        if (!place)
            return place.error();
        Place merged = *place;
        for (const QString &alias : given.aliases)
            if (!merged.aliases.contains(alias) &&
                alias.compare(merged.name, Qt::CaseInsensitive) != 0)
                merged.aliases.append(alias);
        if (merged.aliases == place->aliases)
            continue;
        if (Status done = places.update(merged); !done)
            return done;
    }
    return {};
}

Status ProjectImporter::addNote(NoteTarget target, qint64 id, const QString &body)
{
    if (body.trimmed().isEmpty())
        return {};
    NoteStore notes(m_library);
    auto existing = notes.forTarget(target, id);
    if (!existing)
        return existing.error();
    for (const Note &note : std::as_const(*existing))
        if (note.body == body)
            return {}; // merged twice: the note is there already
    Note note;
    note.target = target;
    note.targetId = id;
    note.body = body;
    Result<qint64> created = notes.create(note);
    if (!created)
        return created.error();
    ++m_report.notes;
    return {};
}

Result<qint64> ProjectImporter::helperCode(const QString &name, const QString &description)
{
    if (const auto it = m_helperCodes.constFind(name); it != m_helperCodes.cend())
        return *it;
    CodeStore codes(m_library);
    auto all = codes.list();
    if (!all)
        return all.error();
    for (const Code &code : std::as_const(*all))
        if (!code.parentId && code.name == name) {
            m_helperCodes.insert(name, code.id);
            return code.id;
        }
    Code code;
    code.name = name;
    code.description = description;
    code.color = u"#bdc3c7"_s;
    code.position = int(all->size());
    Result<qint64> created = codes.create(code);
    if (!created)
        return created.error();
    ++m_report.codes;
    m_helperCodes.insert(name, *created);
    return created;
}

void ProjectImporter::countNotTaken()
{
    static const QList<std::pair<QString, QString>> kinds{
        {u"PDFSource"_s, u"PDF sources"_s},
        {u"PictureSource"_s, u"picture sources"_s},
        {u"AudioSource"_s, u"audio sources"_s},
        {u"VideoSource"_s, u"video sources"_s}};
    for (const auto &[element, label] : kinds)
        if (const int n = m_project.otherSources.value(element); n > 0)
            m_report.notTaken.append({label, n});
    for (auto it = m_project.otherSources.cbegin(); it != m_project.otherSources.cend(); ++it)
        if (!std::any_of(kinds.cbegin(), kinds.cend(),
                         [&](const auto &kind) { return kind.first == it.key(); }))
            m_report.notTaken.append({it.key(), it.value()});
    if (const int sets = int(m_project.sets.size()) - m_claimSets; sets > 0)
        m_report.notTaken.append({u"sets"_s, sets});
    if (const int links = int(m_project.links.size()) - m_claimLinks; links > 0)
        m_report.notTaken.append({u"links"_s, links});
    if (m_project.graphs > 0)
        m_report.notTaken.append({u"graphs"_s, m_project.graphs});
    if (m_project.cases > 0)
        m_report.notTaken.append({u"cases"_s, m_project.cases});
    if (const int values = m_report.variableValues - m_report.variableValuesTaken; values > 0)
        m_report.notTaken.append({u"variable values"_s, values});
    if (const int skippedSelections = m_report.selections - m_report.selectionsTaken;
        skippedSelections > 0)
        m_report.notTaken.append({u"selections"_s, skippedSelections});
    if (const int sources = m_report.textSources - int(m_report.articleIds.size()); sources > 0)
        m_report.notTaken.append({u"text sources"_s, sources});
}

} // namespace parallax::qdpx
