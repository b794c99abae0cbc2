#include "export/qdpximport.h"

#include "export/qdpxformat.h"
#include "export/qdpxproject.h"
#include "export/ziparchive.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/codestore.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"
#include "storage/notestore.h"
#include "storage/personstore.h"
#include "storage/placestore.h"
#include "storage/transaction.h"
#include "util/codepoints.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// What a code of the project stands for in the library.
struct CodeTarget
{
    AnnotationKind kind = AnnotationKind::Code;
    std::optional<qint64> codeId;
    std::optional<qint64> personId;
    std::optional<qint64> placeId;
};

QString annotationKey(qint64 article, const Annotation &a)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(article)
        .arg(a.start)
        .arg(a.end)
        .arg(storedName(a.kind))
        .arg(a.codeId.value_or(0))
        .arg(a.personId.value_or(0))
        .arg(a.placeId.value_or(0));
}

class ProjectImporter
{
public:
    ProjectImporter(const Database &library, const qdpx::Project &project, const ZipReader &zip,
                    const QdpxLimits &limits, const std::atomic<bool> *cancelled)
        : m_library(library), m_project(project), m_zip(zip), m_limits(limits),
          m_cancelled(cancelled)
    {}

    Result<QdpxImportReport> run()
    {
        // Read and check every text before writing anything; only one is held at a time, so
        // a project of many large sources does not have to fit in memory.
        for (const qdpx::Source &source : m_project.sources) {
            Result<QString> text = sourceText(source);
            if (!text)
                return text.error();
            const qsizetype length = codePointLength(*text);
            for (const qdpx::Selection &s : source.selections)
                if (s.start < 0 || s.end <= s.start || s.end > length)
                    return makeError(
                        ErrorCode::InvalidInput,
                        u"a selection of “%1” (%2–%3) lies outside its text of %4 characters"_s
                            .arg(source.name)
                            .arg(s.start)
                            .arg(s.end)
                            .arg(length));
        }
        for (const qdpx::NoteText &note : m_project.notes) {
            Result<QString> text = noteText(note);
            if (!text)
                return text.error();
            m_notes.insert(note.guid, *text);
        }

        Transaction transaction(m_library.connectionName());
        if (!transaction.status())
            return transaction.status().error();
        if (Status codes = mapCodes(); !codes)
            return codes.error();
        for (const qdpx::Source &source : m_project.sources) {
            if (m_cancelled && m_cancelled->load())
                return makeError(ErrorCode::Cancelled,
                                 u"the import was cancelled; the library is as it was"_s);
            Result<QString> text = sourceText(source);
            if (!text)
                return text.error();
            if (Status done = importSource(source, *text); !done)
                return done.error();
        }
        if (Status done = importCodeNotes(); !done)
            return done.error();
        if (Status done = importClaims(); !done)
            return done.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return m_report;
    }

private:
    Result<QString> sourceText(const qdpx::Source &source) const
    {
        if (source.plainTextPath.startsWith(u"internal://"_s)) {
            Result<QByteArray> bytes =
                m_zip.read(u"Sources/"_s + source.plainTextPath.mid(11), m_limits.maxSourceBytes);
            if (!bytes && bytes.error().code == ErrorCode::TooLarge)
                return makeError(
                    ErrorCode::TooLarge,
                    u"the text of the source “%1” is larger than %2 MB, the limit for one article"_s
                        .arg(source.name)
                        .arg(m_limits.maxSourceBytes >> 20));
            if (!bytes)
                return bytes.error();
            return QString::fromUtf8(*bytes);
        }
        if (source.hasContent) {
            if (source.plainTextContent.size() > m_limits.maxSourceBytes)
                return makeError(
                    ErrorCode::TooLarge,
                    u"the text of the source “%1” is larger than %2 MB, the limit for one article"_s
                        .arg(source.name)
                        .arg(m_limits.maxSourceBytes >> 20));
            return source.plainTextContent;
        }
        return makeError(ErrorCode::InvalidInput,
                         u"the source “%1” refers to a file outside the project (%2)"_s.arg(
                             source.name, source.plainTextPath));
    }

    Result<QString> noteText(const qdpx::NoteText &note) const
    {
        if (!note.plainTextPath.startsWith(u"internal://"_s))
            return note.text;
        Result<QByteArray> bytes =
            m_zip.read(u"Sources/"_s + note.plainTextPath.mid(11), m_limits.maxSourceBytes);
        if (!bytes)
            return bytes.error();
        return QString::fromUtf8(*bytes);
    }

    Result<qint64> personNamed(const QString &name)
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

    Result<qint64> placeNamed(const QString &name, PlaceKind kind)
    {
        PlaceStore places(m_library);
        Result<QList<qint64>> found = places.findByName(name);
        if (!found)
            return found.error();
        for (qint64 id : std::as_const(*found))
            if (auto place = places.get(id); place && place->name == name && place->kind == kind)
                return id;
        Place place;
        place.name = name;
        place.kind = kind;
        return places.create(place);
    }

    Status mapCodes()
    {
        auto existing = CodeStore(m_library).list();
        if (!existing)
            return existing.error();
        QHash<QString, qint64> byPath; // "parent id|name" -> code id
        for (const Code &code : std::as_const(*existing))
            byPath.insert(u"%1|%2"_s.arg(code.parentId.value_or(0)).arg(code.name), code.id);
        QHash<QString, QString> roleOfRoot; // a root's GUID -> its marker
        for (const qdpx::CodeNode &node : m_project.codes) {
            const QString marker = node.description.section(u'\n', 0, 0).trimmed();
            const QString parentRole = roleOfRoot.value(node.parentGuid);
            if (node.parentGuid.isEmpty() &&
                (marker == qdpx::kQuotations || marker == qdpx::kSpeakerMentions ||
                 marker == qdpx::kPlaces)) {
                roleOfRoot.insert(node.guid, marker);
                continue;
            }
            CodeTarget target;
            if (parentRole == qdpx::kQuotations || parentRole == qdpx::kSpeakerMentions) {
                target.kind = parentRole == qdpx::kQuotations ? AnnotationKind::Quote
                                                              : AnnotationKind::SpeakerMention;
                if (marker != qdpx::kUnknownSpeaker) {
                    Result<qint64> person = personNamed(node.name);
                    if (!person)
                        return person.error();
                    target.personId = *person;
                }
            } else if (parentRole == qdpx::kPlaces) {
                target.kind = AnnotationKind::PlaceMention;
                if (marker == qdpx::kUnknownPlace) {
                    m_codes.insert(node.guid, target);
                    continue;
                }
                const PlaceKind kind = placeKindFromString(marker.mid(qdpx::kPlacePrefix.size()))
                                           .value_or(PlaceKind::Other);
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
                    code.name = node.name.simplified().isEmpty() ? u"Unnamed code"_s
                                                                 : node.name.simplified();
                    code.parentId = parent;
                    code.color = node.color.size() == 7 ? node.color : u"#f4d03f"_s;
                    code.description = node.description;
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

    Status addNote(NoteTarget target, qint64 id, const QString &noteGuid)
    {
        if (!m_notes.contains(noteGuid))
            return {};
        const QString body = m_notes.value(noteGuid);
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

    Status importSource(const qdpx::Source &source, const QString &text)
    {
        Article article;
        article.title = source.name.isEmpty() ? u"Untitled source"_s : source.name;
        article.body = text;
        article.importedAt = QDateTime::currentDateTimeUtc();
        article.sourcePath = u"REFI-QDA project"_s;
        for (auto it = source.variables.cbegin(); it != source.variables.cend(); ++it) {
            const QString name = m_project.variableNames.value(it.key());
            if (name.compare(qdpx::kOutlet, Qt::CaseInsensitive) == 0)
                article.outletName = it.value();
            else if (name.compare(qdpx::kDate, Qt::CaseInsensitive) == 0)
                article.published = it.value();
            else if (name.compare(qdpx::kAuthor, Qt::CaseInsensitive) == 0)
                article.author = it.value();
            else if (name.compare(qdpx::kUrl, Qt::CaseInsensitive) == 0)
                article.url = it.value();
            else if (name.compare(qdpx::kLanguage, Qt::CaseInsensitive) == 0)
                article.language = it.value();
        }
        Result<InsertOutcome> stored = ArticleStore(m_library).insert(article);
        if (!stored)
            return stored.error();
        const qint64 articleId = stored->id;
        m_report.articleIds.append(articleId);
        QHash<QString, qint64> present; // what the article already holds -> its id
        if (stored->duplicate) {
            ++m_report.reusedArticles;
            auto existing = AnnotationStore(m_library).forArticle(articleId);
            if (!existing)
                return existing.error();
            for (const Annotation &a : std::as_const(*existing))
                present.insert(annotationKey(articleId, a), a.id);
        } else {
            ++m_report.articles;
        }
        AnnotationStore annotations(m_library);
        for (const qdpx::Selection &selection : source.selections) {
            Annotation a;
            a.articleId = articleId;
            a.start = utf16Offset(text, selection.start);
            a.end = utf16Offset(text, selection.end);
            a.exact = text.mid(a.start, a.end - a.start);
            a.prefix = text.mid(qMax<qsizetype>(0, a.start - 32), qMin<qsizetype>(32, a.start));
            a.suffix = text.mid(a.end, 32);
            a.origin = AnnotationOrigin::Manual;
            a.status = AnnotationStatus::Accepted;
            for (const QString &ref : selection.codeRefs) {
                const auto target = m_codes.constFind(ref);
                if (target == m_codes.cend())
                    continue; // a code the project does not define
                Annotation coded = a;
                coded.kind = target->kind;
                coded.codeId = target->codeId;
                coded.personId = target->personId;
                coded.placeId = target->placeId;
                if (coded.kind == AnnotationKind::Quote)
                    coded.quoteClass = QuoteClass::Statement;
                const QString key = annotationKey(articleId, coded);
                qint64 id = present.value(key);
                if (!id) {
                    Result<qint64> created = annotations.insert(coded);
                    if (!created)
                        return created.error();
                    id = *created;
                    present.insert(key, id);
                    ++m_report.annotations;
                }
                if (!m_selections.contains(selection.guid))
                    m_selections.insert(selection.guid, id);
            }
            if (const qint64 passage = m_selections.value(selection.guid))
                for (const QString &note : selection.noteRefs)
                    if (Status done = addNote(NoteTarget::Annotation, passage, note); !done)
                        return done;
        }
        for (const QString &note : source.noteRefs)
            if (Status done = addNote(NoteTarget::Article, articleId, note); !done)
                return done;
        return {};
    }

    Status importCodeNotes()
    {
        for (const qdpx::CodeNode &node : m_project.codes)
            if (const qint64 code = m_userCodes.value(node.guid))
                for (const QString &note : node.noteRefs)
                    if (Status done = addNote(NoteTarget::Code, code, note); !done)
                        return done;
        return {};
    }

    Status importClaims()
    {
        QHash<QString, QList<const qdpx::Link *>> linksFrom;
        for (const qdpx::Link &link : m_project.links)
            linksFrom[link.originGuid].append(&link);
        ClaimStore claims(m_library);
        auto existing = claims.list();
        if (!existing)
            return existing.error();
        for (const qdpx::Set &set : m_project.sets) {
            const QStringList lines = set.description.split(u'\n');
            if (lines.value(0).trimmed() != qdpx::kClaim && !linksFrom.contains(set.guid))
                continue; // an ordinary set of sources
            Claim claim;
            claim.statement = set.name.trimmed().isEmpty() ? lines.value(1) : set.name;
            claim.createdAt = QDateTime::currentDateTimeUtc();
            for (const QString &line : lines) {
                if (line.startsWith(qdpx::kSpeakerLine)) {
                    Result<qint64> person =
                        personNamed(line.mid(qdpx::kSpeakerLine.size()).trimmed());
                    if (!person)
                        return person.error();
                    claim.personId = *person;
                } else if (line.startsWith(qdpx::kDateLine)) {
                    claim.claimDate = line.mid(qdpx::kDateLine.size()).trimmed();
                }
            }
            // The same statement by the same person is the same claim (a project merged twice).
            Result<qint64> id = qint64(0);
            for (const Claim &known : std::as_const(*existing))
                if (known.statement == claim.statement.trimmed() &&
                    known.personId == claim.personId)
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
            for (const qdpx::Link *link : linksFrom.value(set.guid)) {
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
                if (Status done = addNote(NoteTarget::Claim, *id, note); !done)
                    return done;
        }
        return {};
    }

    const Database &m_library;
    const qdpx::Project &m_project;
    const ZipReader &m_zip;
    const QdpxLimits &m_limits;
    const std::atomic<bool> *m_cancelled = nullptr;
    QdpxImportReport m_report;
    QHash<QString, CodeTarget> m_codes; // project code GUID -> what it stands for
    QHash<QString, qint64> m_userCodes; // project code GUID -> library code
    QHash<QString, qint64> m_people;
    QHash<QString, QString> m_notes;     // note GUID -> text
    QHash<QString, qint64> m_selections; // selection GUID -> its first passage
};

} // namespace

Result<QdpxImportReport> importQdpx(const Database &library, const QString &path,
                                    const QdpxLimits &limits, const std::atomic<bool> *cancelled)
{
    if (Status notLibrary = libraryfiles::checkNotLibraryFile(path, u"import"_s); !notLibrary)
        return notLibrary.error();
    ZipReader zip;
    if (Status opened = zip.open(path, limits.maxEntryBytes, limits.maxTotalBytes); !opened)
        return opened.error();
    if (!zip.contains(u"project.qde"_s))
        return makeError(ErrorCode::InvalidInput,
                         u"%1 has no project.qde: it is not a REFI-QDA project"_s.arg(path));
    Result<QByteArray> xml = zip.read(u"project.qde"_s);
    if (!xml)
        return xml.error();
    Result<qdpx::Project> project = qdpx::parseProject(*xml);
    if (!project)
        return project.error();
    // The views hear of what the import's one transaction changed once it has committed.
    return ProjectImporter(library, *project, zip, limits, cancelled).run();
}

} // namespace parallax
