#include "export/qdpxexport.h"

#include "export/exportdata.h"
#include "export/offsets.h"
#include "export/qdpxattributes.h"
#include "export/qdpxformat.h"
#include "export/xmlbuilder.h"
#include "export/ziparchive.h"

#include <QDateTime>
#include <array>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// A selection is named by its first characters, as QualCoder names it by its text.
constexpr qsizetype kSelectionName = 200;

// What a GUID stands for: its first field, so GUIDs of different things never collide.
enum class Thing : quint32
{
    User = 1,
    Code,
    Source,
    Selection,
    Coding,
    Note,
    Variable,
    Set,
    Link,
    Person,
    Place,
    Root
};

class Guids
{
public:
    static constexpr qsizetype kLength = 36;
    using Text = std::array<char, kLength>;

    explicit Guids(quint32 seed)
    {
        const QByteArray middle = QString::asprintf("-%04x-4%03x-8%03x-", seed & 0xffff,
                                                    (seed >> 16) & 0xfff, (seed >> 28) & 0xf)
                                      .toLatin1();
        std::copy(middle.cbegin(), middle.cend(), m_middle.begin());
    }
    Text text(Thing thing, qint64 id) const
    {
        Text out;
        hex(out.data(), quint64(thing), 8);
        std::copy(m_middle.cbegin(), m_middle.cend(), out.begin() + 8);
        hex(out.data() + 24, quint64(id), 12);
        return out;
    }
    QString operator()(Thing thing, qint64 id) const
    {
        const Text t = text(thing, id);
        return QString::fromLatin1(t.data(), kLength);
    }

private:
    static void hex(char *out, quint64 value, int digits)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = kDigits[value & 0xf];
            value >>= 4;
        }
    }

    std::array<char, 16> m_middle{};
};

QString hexColor(const QString &color)
{
    return color.size() == 7 && color.startsWith(u'#') ? color : u"#f4d03f"_s;
}

class ProjectWriter
{
public:
    ProjectWriter(const ExportData &data, quint32 seed, XmlBuilder &xml)
        : m_data(data), m_guid(seed), m_xml(xml)
    {
        for (const Annotation &a : data.annotations) {
            if (a.status == AnnotationStatus::Rejected)
                continue;
            if (a.kind == AnnotationKind::Quote && a.personId)
                m_speakers.insert(*a.personId);
            else if (a.kind == AnnotationKind::Quote)
                m_unknownSpeaker = true;
            else if (a.kind == AnnotationKind::SpeakerMention && a.personId)
                m_mentioned.insert(*a.personId);
            else if (a.kind == AnnotationKind::SpeakerMention)
                m_unknownMention = true;
            else if (a.kind == AnnotationKind::PlaceMention && a.placeId)
                m_places.insert(*a.placeId);
            else if (a.kind == AnnotationKind::PlaceMention)
                m_unknownPlace = true;
        }
        for (qsizetype i = 0; i < data.notes.size(); ++i)
            m_notesOf[{int(data.notes.at(i).target), data.notes.at(i).targetId}].append(i);
    }

    void write(const QString &name)
    {
        m_xml.declaration();
        m_xml.start("Project");
        m_xml.attribute("xmlns", qdpx::kNamespace);
        m_xml.attribute("name", name);
        m_xml.attribute("origin", u"Parallax"_s);
        guid("creatingUserGUID", Thing::User, 1);
        m_xml.attribute("creationDateTime", m_now);
        m_xml.start("Users");
        m_xml.empty("User");
        guid("guid", Thing::User, 1);
        m_xml.attribute("name", u"Parallax"_s);
        m_xml.end();
        writeCodeBook();
        writeVariables();
        writeSources();
        writeNotes();
        writeLinks();
        writeSets();
        m_xml.end();
    }

private:
    void guid(const char *attribute, Thing thing, qint64 id)
    {
        const Guids::Text text = m_guid.text(thing, id);
        m_xml.attribute(attribute, text.data(), Guids::kLength);
    }

    // The notes on one thing as one memo: QualCoder and ATLAS.ti read a selection's or a
    // source's Description, not NoteRefs.
    void memo(NoteTarget target, qint64 id)
    {
        QStringList bodies;
        for (qsizetype n : m_notesOf.value({int(target), id}))
            bodies.append(m_data.notes.at(n).body);
        if (!bodies.isEmpty())
            m_xml.textElement("Description", bodies.join(qdpx::kMemoSeparator));
    }

    void noteRefs(NoteTarget target, qint64 id)
    {
        for (qsizetype n : m_notesOf.value({int(target), id})) {
            m_xml.empty("NoteRef");
            guid("targetGUID", Thing::Note, m_data.notes.at(n).id);
        }
    }

    void startCode(const QString &guid, const QString &name, bool codable, const QString &color,
                   const QString &description)
    {
        m_xml.start("Code");
        m_xml.attribute("guid", guid);
        m_xml.attribute("name", name);
        m_xml.attribute("isCodable", codable ? u"true"_s : u"false"_s);
        if (!color.isEmpty())
            m_xml.attribute("color", hexColor(color));
        if (!description.isEmpty())
            m_xml.textElement("Description", description);
    }

    void writeUserCode(const Code &code)
    {
        startCode(m_guid(Thing::Code, code.id), code.name, code.codable, code.color,
                  code.description);
        noteRefs(NoteTarget::Code, code.id);
        for (const Code &child : m_data.codes)
            if (child.parentId == code.id)
                writeUserCode(child);
        m_xml.end();
    }

    // Whether the root has a code for passages with no person or place: "officials said",
    // a place the gazetteer does not know.
    bool hasUnknown(Thing thing, bool mentions) const
    {
        if (thing == Thing::Place)
            return m_unknownPlace;
        return mentions ? m_unknownMention : m_unknownSpeaker;
    }

    void writeRegistryRoot(Thing thing, const QString &name, const QString &marker,
                           const QSet<qint64> &ids)
    {
        const bool mentions = marker == qdpx::kSpeakerMentions;
        if (ids.isEmpty() && !hasUnknown(thing, mentions))
            return;
        startCode(m_guid(Thing::Root, qint64(thing) * 10 + mentions), name, false, {}, marker);
        QList<qint64> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 id : std::as_const(sorted)) {
            if (thing == Thing::Place) {
                const Place place = m_data.places.value(id);
                startCode(m_guid(Thing::Place, id), place.name, true, u"#2e86c1"_s,
                          qdpx::kPlacePrefix + storedName(place.kind));
            } else {
                // Unique names: tools that merge codes of one name (QualCoder) would otherwise
                // fold a person's mentions into their quotations.
                startCode(m_guid(Thing::Person, id * 2 + mentions),
                          mentions ? m_data.personName(id) + qdpx::kMentionSuffix
                                   : m_data.personName(id),
                          true, mentions ? u"#7d3c98"_s : u"#c0392b"_s, qdpx::kPerson);
            }
            m_xml.end();
        }
        if (hasUnknown(thing, mentions)) {
            // The same GUIDs codeGuidOf() gives a passage without a person or place; names
            // differ between the roots, since some tools merge codes of the same name.
            if (thing == Thing::Place)
                startCode(m_guid(Thing::Place, 0), u"Place not identified"_s, true, u"#7f8c8d"_s,
                          qdpx::kUnknownPlace);
            else
                startCode(m_guid(Thing::Person, mentions),
                          mentions ? u"Speaker unknown (mention)"_s : u"Speaker unknown"_s, true,
                          u"#7f8c8d"_s, qdpx::kUnknownSpeaker);
            m_xml.end();
        }
        m_xml.end();
    }

    void writeCodeBook()
    {
        m_xml.start("CodeBook");
        m_xml.start("Codes");
        const QSet<qint64> ids = [this] {
            QSet<qint64> set;
            for (const Code &code : m_data.codes)
                set.insert(code.id);
            return set;
        }();
        for (const Code &code : m_data.codes)
            if (!code.parentId || !ids.contains(*code.parentId))
                writeUserCode(code);
        writeRegistryRoot(Thing::Person, u"Quotations"_s, qdpx::kQuotations, m_speakers);
        writeRegistryRoot(Thing::Person, u"Speaker mentions"_s, qdpx::kSpeakerMentions,
                          m_mentioned);
        writeRegistryRoot(Thing::Place, u"Places"_s, qdpx::kPlaces, m_places);
        m_xml.end();
        m_xml.end();
    }

    QStringList variableNames() const
    {
        return {qdpx::kOutlet, qdpx::kDate, qdpx::kAuthor, qdpx::kUrl, qdpx::kLanguage};
    }

    void writeVariables()
    {
        m_xml.start("Variables");
        const QStringList names = variableNames();
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_xml.empty("Variable");
            guid("guid", Thing::Variable, i + 1);
            m_xml.attribute("name", names.at(i));
            m_xml.attribute("typeOfVariable", u"Text"_s);
        }
        m_xml.end();
    }

    Guids::Text codeGuidOf(const Annotation &a) const
    {
        switch (a.kind) {
        case AnnotationKind::Code:
            return m_guid.text(Thing::Code, a.codeId.value_or(0));
        case AnnotationKind::Quote:
            return m_guid.text(Thing::Person, a.personId ? *a.personId * 2 : 0);
        case AnnotationKind::SpeakerMention:
            return m_guid.text(Thing::Person, a.personId.value_or(0) * 2 + 1);
        case AnnotationKind::PlaceMention:
            break;
        }
        return m_guid.text(Thing::Place, a.placeId.value_or(0));
    }

    void writeSources()
    {
        m_xml.start("Sources");
        qsizetype next = 0;
        for (const Article &article : m_data.articles) {
            const CodePointOffsets offsets(article.body);
            const QString sourceGuid = m_guid(Thing::Source, article.id);
            m_xml.start("TextSource");
            m_xml.attribute("guid", sourceGuid);
            m_xml.attribute("name", article.title.isEmpty() ? u"Article %1"_s.arg(article.id)
                                                            : article.title);
            m_xml.attribute("plainTextPath", u"internal://%1.txt"_s.arg(sourceGuid));
            guid("creatingUser", Thing::User, 1);
            m_xml.attribute("creationDateTime", m_now);
            memo(NoteTarget::Article, article.id);
            while (next < m_data.annotations.size() &&
                   m_data.annotations.at(next).articleId < article.id)
                ++next;
            for (; next < m_data.annotations.size() &&
                   m_data.annotations.at(next).articleId == article.id;
                 ++next) {
                const Annotation &a = m_data.annotations.at(next);
                if (a.status == AnnotationStatus::Rejected)
                    continue;
                m_xml.start("PlainTextSelection");
                guid("guid", Thing::Selection, a.id);
                // The selected text, as QualCoder writes it: readers check positions by it.
                m_xml.attribute("name",
                                article.body.mid(a.start, qMin(a.end - a.start, kSelectionName)));
                m_xml.attribute("startPosition", qint64(offsets(a.start)));
                m_xml.attribute("endPosition", qint64(offsets(a.end)));
                memo(NoteTarget::Annotation, a.id);
                m_xml.start("Coding");
                guid("guid", Thing::Coding, a.id);
                m_xml.empty("CodeRef");
                const Guids::Text code = codeGuidOf(a);
                m_xml.attribute("targetGUID", code.data(), Guids::kLength);
                m_xml.end();
                noteRefs(NoteTarget::Annotation, a.id);
                m_xml.end();
            }
            noteRefs(NoteTarget::Article, article.id);
            const QStringList values{article.outletName, article.published, article.author,
                                     article.url, article.language};
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values.at(i).isEmpty())
                    continue;
                m_xml.start("VariableValue");
                m_xml.empty("VariableRef");
                guid("targetGUID", Thing::Variable, i + 1);
                m_xml.textElement("TextValue", values.at(i));
                m_xml.end();
            }
            m_xml.end();
        }
        m_xml.end();
    }

    void writeNotes()
    {
        if (m_data.notes.isEmpty())
            return;
        m_xml.start("Notes");
        for (const Note &note : m_data.notes) {
            m_xml.start("Note");
            guid("guid", Thing::Note, note.id);
            m_xml.attribute("name", note.body.section(u'\n', 0, 0).left(80));
            guid("creatingUser", Thing::User, 1);
            if (note.createdAt.isValid())
                m_xml.attribute("creationDateTime", note.createdAt.toUTC().toString(Qt::ISODate));
            if (note.updatedAt.isValid())
                m_xml.attribute("modifiedDateTime", note.updatedAt.toUTC().toString(Qt::ISODate));
            m_xml.textElement("PlainTextContent", note.body);
            m_xml.end();
        }
        m_xml.end();
    }

    void writeLinks()
    {
        if (m_data.appearances.isEmpty())
            return;
        m_xml.start("Links");
        for (const ClaimAppearance &appearance : m_data.appearances) {
            m_xml.empty("Link");
            guid("guid", Thing::Link, appearance.id);
            m_xml.attribute("name", storedName(appearance.type));
            m_xml.attribute("direction", u"OneWay"_s);
            guid("originGUID", Thing::Set, appearance.claimId);
            guid("targetGUID", Thing::Selection, appearance.annotationId);
        }
        m_xml.end();
    }

    void writeSets()
    {
        if (m_data.claims.isEmpty())
            return;
        m_xml.start("Sets");
        for (const Claim &claim : m_data.claims) {
            m_xml.start("Set");
            guid("guid", Thing::Set, claim.id);
            m_xml.attribute("name", claim.statement);
            QString description = qdpx::kClaim + u'\n' + claim.statement;
            if (claim.personId)
                description += u'\n' + qdpx::kSpeakerLine + m_data.personName(claim.personId);
            if (!claim.claimDate.isEmpty())
                description += u'\n' + qdpx::kDateLine + claim.claimDate;
            m_xml.textElement("Description", description);
            QSet<qint64> sources;
            for (const ClaimAppearance &appearance : m_data.appearances) {
                const Annotation *passage = appearance.claimId == claim.id
                                                ? m_data.annotation(appearance.annotationId)
                                                : nullptr;
                if (passage && !sources.contains(passage->articleId)) {
                    sources.insert(passage->articleId);
                    m_xml.empty("MemberSource");
                    guid("targetGUID", Thing::Source, passage->articleId);
                }
            }
            for (qsizetype n : m_notesOf.value({int(NoteTarget::Claim), claim.id})) {
                m_xml.empty("MemberNote");
                guid("targetGUID", Thing::Note, m_data.notes.at(n).id);
            }
            m_xml.end();
        }
        m_xml.end();
    }

    const ExportData &m_data;
    Guids m_guid;
    XmlBuilder &m_xml;
    QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<qint64> m_speakers;
    QSet<qint64> m_mentioned;
    QSet<qint64> m_places;
    bool m_unknownSpeaker = false; // a quotation nobody is credited with
    bool m_unknownMention = false; // a speaker mention of nobody in the registry
    bool m_unknownPlace = false;   // a place mention of no registered place
    QHash<std::pair<int, qint64>, QList<qsizetype>> m_notesOf;
};

} // namespace

QByteArray qdpxProjectXml(const ExportData &data, const QString &projectName, quint32 guidSeed)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(data.annotations.size()) * 200 + data.articles.size() * 700 + 4096);
    XmlBuilder xml(bytes);
    ProjectWriter(data, guidSeed, xml).write(projectName);
    return bytes;
}

Status writeQdpx(const ExportData &data, const QString &path, const QString &projectName,
                 quint32 guidSeed)
{
    ZipWriter zip;
    if (Status opened = zip.open(path); !opened)
        return opened;
    if (Status added = zip.add(u"project.qde"_s, qdpxProjectXml(data, projectName, guidSeed));
        !added)
        return added;
    const Guids guid(guidSeed);
    // Parallax's passage attributes beside the project (qdpxattributes.h).
    QList<Annotation> exported;
    exported.reserve(data.annotations.size());
    for (const Annotation &a : data.annotations)
        if (a.status != AnnotationStatus::Rejected)
            exported.append(a);
    if (Status added =
            zip.add(qdpx::kAttributesEntry,
                    qdpx::writeProjectAttributes(
                        exported, [&guid](qint64 id) { return guid(Thing::Selection, id); },
                        data.people.values(), data.places.values()));
        !added)
        return added;
    // REFI-QDA 1.5 names the folder "sources"; every reader here finds it in any case.
    for (const Article &article : data.articles)
        if (Status added = zip.add(u"sources/%1.txt"_s.arg(guid(Thing::Source, article.id)),
                                   article.body.toUtf8());
            !added)
            return added;
    return zip.commit();
}

} // namespace parallax
