#include "export/qdpxexport.h"

#include "export/exportdata.h"
#include "export/offsets.h"
#include "export/qdpxformat.h"
#include "export/ziparchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// What a GUID stands for: its first field, so GUIDs of different things never collide.
enum class Thing : quint32 { User = 1, Code, Source, Selection, Coding, Note, Variable, Set, Link, Person, Place, Root };

class Guids
{
public:
    explicit Guids(quint32 seed) : m_seed(seed) {}
    QString operator()(Thing thing, qint64 id) const
    {
        return QString::asprintf("%08x-%04x-4%03x-8%03x-%012llx", quint32(thing), m_seed & 0xffff,
                                 (m_seed >> 16) & 0xfff, (m_seed >> 28) & 0xf, static_cast<unsigned long long>(id));
    }

private:
    quint32 m_seed;
};

QString hexColor(const QString &color)
{
    return color.size() == 7 && color.startsWith(u'#') ? color : u"#f4d03f"_s;
}

class ProjectWriter
{
public:
    ProjectWriter(const ExportData &data, quint32 seed, QXmlStreamWriter &xml) : m_data(data), m_guid(seed), m_xml(xml)
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
            else if (a.kind == AnnotationKind::PlaceMention && a.placeId)
                m_places.insert(*a.placeId);
        }
        for (qsizetype i = 0; i < data.notes.size(); ++i)
            m_notesOf[{int(data.notes.at(i).target), data.notes.at(i).targetId}].append(i);
    }

    void write(const QString &name)
    {
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(qdpx::kNamespace);
        m_xml.writeStartElement(u"Project"_s);
        m_xml.writeAttribute(u"name"_s, name);
        m_xml.writeAttribute(u"origin"_s, u"Parallax"_s);
        m_xml.writeAttribute(u"creatingUserGUID"_s, m_guid(Thing::User, 1));
        m_xml.writeAttribute(u"creationDateTime"_s, m_now);
        m_xml.writeStartElement(u"Users"_s);
        m_xml.writeEmptyElement(u"User"_s);
        m_xml.writeAttribute(u"guid"_s, m_guid(Thing::User, 1));
        m_xml.writeAttribute(u"name"_s, u"Parallax"_s);
        m_xml.writeEndElement();
        writeCodeBook();
        writeVariables();
        writeSources();
        writeNotes();
        writeLinks();
        writeSets();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void noteRefs(NoteTarget target, qint64 id)
    {
        for (qsizetype n : m_notesOf.value({int(target), id})) {
            m_xml.writeEmptyElement(u"NoteRef"_s);
            m_xml.writeAttribute(u"targetGUID"_s, m_guid(Thing::Note, m_data.notes.at(n).id));
        }
    }

    void startCode(const QString &guid, const QString &name, bool codable, const QString &color,
                   const QString &description)
    {
        m_xml.writeStartElement(u"Code"_s);
        m_xml.writeAttribute(u"guid"_s, guid);
        m_xml.writeAttribute(u"name"_s, name);
        m_xml.writeAttribute(u"isCodable"_s, codable ? u"true"_s : u"false"_s);
        if (!color.isEmpty())
            m_xml.writeAttribute(u"color"_s, hexColor(color));
        if (!description.isEmpty())
            m_xml.writeTextElement(u"Description"_s, description);
    }

    void writeUserCode(const Code &code)
    {
        startCode(m_guid(Thing::Code, code.id), code.name, true, code.color, code.description);
        noteRefs(NoteTarget::Code, code.id);
        for (const Code &child : m_data.codes)
            if (child.parentId == code.id)
                writeUserCode(child);
        m_xml.writeEndElement();
    }

    void writeRegistryRoot(Thing thing, const QString &name, const QString &marker, const QSet<qint64> &ids)
    {
        if (ids.isEmpty() && !(thing == Thing::Person && m_unknownSpeaker))
            return;
        startCode(m_guid(Thing::Root, qint64(thing) * 10 + (marker == qdpx::kSpeakerMentions)), name, false, {}, marker);
        QList<qint64> sorted(ids.cbegin(), ids.cend());
        std::sort(sorted.begin(), sorted.end());
        const bool mentions = marker == qdpx::kSpeakerMentions;
        for (qint64 id : std::as_const(sorted)) {
            if (thing == Thing::Place) {
                const Place place = m_data.places.value(id);
                startCode(m_guid(Thing::Place, id), place.name, true, u"#2e86c1"_s,
                          qdpx::kPlacePrefix + storedName(place.kind));
            } else {
                startCode(m_guid(Thing::Person, id * 2 + mentions), m_data.personName(id), true,
                          mentions ? u"#7d3c98"_s : u"#c0392b"_s, qdpx::kPerson);
            }
            m_xml.writeEndElement();
        }
        if (thing == Thing::Person && !mentions && m_unknownSpeaker) {
            startCode(m_guid(Thing::Person, 0), u"Speaker unknown"_s, true, u"#7f8c8d"_s, qdpx::kUnknownSpeaker);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeCodeBook()
    {
        m_xml.writeStartElement(u"CodeBook"_s);
        m_xml.writeStartElement(u"Codes"_s);
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
        writeRegistryRoot(Thing::Person, u"Speaker mentions"_s, qdpx::kSpeakerMentions, m_mentioned);
        writeRegistryRoot(Thing::Place, u"Places"_s, qdpx::kPlaces, m_places);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    QStringList variableNames() const
    {
        return {qdpx::kOutlet, qdpx::kDate, qdpx::kAuthor, qdpx::kUrl, qdpx::kLanguage};
    }

    void writeVariables()
    {
        m_xml.writeStartElement(u"Variables"_s);
        const QStringList names = variableNames();
        for (qsizetype i = 0; i < names.size(); ++i) {
            m_xml.writeEmptyElement(u"Variable"_s);
            m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Variable, i + 1));
            m_xml.writeAttribute(u"name"_s, names.at(i));
            m_xml.writeAttribute(u"typeOfVariable"_s, u"Text"_s);
        }
        m_xml.writeEndElement();
    }

    QString codeGuidOf(const Annotation &a) const
    {
        switch (a.kind) {
        case AnnotationKind::Code: return m_guid(Thing::Code, a.codeId.value_or(0));
        case AnnotationKind::Quote: return m_guid(Thing::Person, a.personId ? *a.personId * 2 : 0);
        case AnnotationKind::SpeakerMention: return m_guid(Thing::Person, a.personId.value_or(0) * 2 + 1);
        case AnnotationKind::PlaceMention: return m_guid(Thing::Place, a.placeId.value_or(0));
        }
        return {};
    }

    void writeSources()
    {
        m_xml.writeStartElement(u"Sources"_s);
        qsizetype next = 0;
        for (const Article &article : m_data.articles) {
            const CodePointOffsets offsets(article.body);
            const QString guid = m_guid(Thing::Source, article.id);
            m_xml.writeStartElement(u"TextSource"_s);
            m_xml.writeAttribute(u"guid"_s, guid);
            m_xml.writeAttribute(u"name"_s, article.title.isEmpty() ? u"Article %1"_s.arg(article.id) : article.title);
            m_xml.writeAttribute(u"plainTextPath"_s, u"internal://%1.txt"_s.arg(guid));
            m_xml.writeAttribute(u"creatingUser"_s, m_guid(Thing::User, 1));
            m_xml.writeAttribute(u"creationDateTime"_s, m_now);
            while (next < m_data.annotations.size() && m_data.annotations.at(next).articleId < article.id)
                ++next;
            for (; next < m_data.annotations.size() && m_data.annotations.at(next).articleId == article.id; ++next) {
                const Annotation &a = m_data.annotations.at(next);
                if (a.status == AnnotationStatus::Rejected || (a.kind == AnnotationKind::PlaceMention && !a.placeId)
                    || (a.kind == AnnotationKind::SpeakerMention && !a.personId))
                    continue;
                m_xml.writeStartElement(u"PlainTextSelection"_s);
                m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Selection, a.id));
                m_xml.writeAttribute(u"startPosition"_s, QString::number(offsets(a.start)));
                m_xml.writeAttribute(u"endPosition"_s, QString::number(offsets(a.end)));
                m_xml.writeAttribute(u"creatingUser"_s, m_guid(Thing::User, 1));
                m_xml.writeStartElement(u"Coding"_s);
                m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Coding, a.id));
                m_xml.writeAttribute(u"creatingUser"_s, m_guid(Thing::User, 1));
                m_xml.writeEmptyElement(u"CodeRef"_s);
                m_xml.writeAttribute(u"targetGUID"_s, codeGuidOf(a));
                m_xml.writeEndElement();
                noteRefs(NoteTarget::Annotation, a.id);
                m_xml.writeEndElement();
            }
            noteRefs(NoteTarget::Article, article.id);
            const QStringList values{article.outletName, article.published, article.author, article.url, article.language};
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values.at(i).isEmpty())
                    continue;
                m_xml.writeStartElement(u"VariableValue"_s);
                m_xml.writeEmptyElement(u"VariableRef"_s);
                m_xml.writeAttribute(u"targetGUID"_s, m_guid(Thing::Variable, i + 1));
                m_xml.writeTextElement(u"TextValue"_s, values.at(i));
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeNotes()
    {
        if (m_data.notes.isEmpty())
            return;
        m_xml.writeStartElement(u"Notes"_s);
        for (const Note &note : m_data.notes) {
            m_xml.writeStartElement(u"Note"_s);
            m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Note, note.id));
            m_xml.writeAttribute(u"name"_s, note.body.section(u'\n', 0, 0).left(80));
            m_xml.writeAttribute(u"creatingUser"_s, m_guid(Thing::User, 1));
            if (note.createdAt.isValid())
                m_xml.writeAttribute(u"creationDateTime"_s, note.createdAt.toUTC().toString(Qt::ISODate));
            if (note.updatedAt.isValid())
                m_xml.writeAttribute(u"modifiedDateTime"_s, note.updatedAt.toUTC().toString(Qt::ISODate));
            m_xml.writeTextElement(u"PlainTextContent"_s, note.body);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeLinks()
    {
        if (m_data.appearances.isEmpty())
            return;
        m_xml.writeStartElement(u"Links"_s);
        for (const ClaimAppearance &appearance : m_data.appearances) {
            m_xml.writeEmptyElement(u"Link"_s);
            m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Link, appearance.id));
            m_xml.writeAttribute(u"name"_s, storedName(appearance.type));
            m_xml.writeAttribute(u"direction"_s, u"OneWay"_s);
            m_xml.writeAttribute(u"originGUID"_s, m_guid(Thing::Set, appearance.claimId));
            m_xml.writeAttribute(u"targetGUID"_s, m_guid(Thing::Selection, appearance.annotationId));
        }
        m_xml.writeEndElement();
    }

    void writeSets()
    {
        if (m_data.claims.isEmpty())
            return;
        m_xml.writeStartElement(u"Sets"_s);
        for (const Claim &claim : m_data.claims) {
            m_xml.writeStartElement(u"Set"_s);
            m_xml.writeAttribute(u"guid"_s, m_guid(Thing::Set, claim.id));
            m_xml.writeAttribute(u"name"_s, claim.statement);
            QString description = qdpx::kClaim + u'\n' + claim.statement;
            if (claim.personId)
                description += u'\n' + qdpx::kSpeakerLine + m_data.personName(claim.personId);
            if (!claim.claimDate.isEmpty())
                description += u'\n' + qdpx::kDateLine + claim.claimDate;
            m_xml.writeTextElement(u"Description"_s, description);
            QSet<qint64> sources;
            for (const ClaimAppearance &appearance : m_data.appearances) {
                const Annotation *passage = appearance.claimId == claim.id ? m_data.annotation(appearance.annotationId) : nullptr;
                if (passage && !sources.contains(passage->articleId)) {
                    sources.insert(passage->articleId);
                    m_xml.writeEmptyElement(u"MemberSource"_s);
                    m_xml.writeAttribute(u"targetGUID"_s, m_guid(Thing::Source, passage->articleId));
                }
            }
            for (qsizetype n : m_notesOf.value({int(NoteTarget::Claim), claim.id})) {
                m_xml.writeEmptyElement(u"MemberNote"_s);
                m_xml.writeAttribute(u"targetGUID"_s, m_guid(Thing::Note, m_data.notes.at(n).id));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const ExportData &m_data;
    Guids m_guid;
    QXmlStreamWriter &m_xml;
    QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSet<qint64> m_speakers;
    QSet<qint64> m_mentioned;
    QSet<qint64> m_places;
    bool m_unknownSpeaker = false;
    QHash<std::pair<int, qint64>, QList<qsizetype>> m_notesOf;
};

} // namespace

QByteArray qdpxProjectXml(const ExportData &data, const QString &projectName, quint32 guidSeed)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(data.annotations.size()) * 360 + data.articles.size() * 600 + 4096);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    ProjectWriter(data, guidSeed, xml).write(projectName);
    return bytes;
}

Status writeQdpx(const ExportData &data, const QString &path, const QString &projectName, quint32 guidSeed)
{
    ZipWriter zip;
    if (Status opened = zip.open(path); !opened)
        return opened;
    if (Status added = zip.add(u"project.qde"_s, qdpxProjectXml(data, projectName, guidSeed)); !added)
        return added;
    const Guids guid(guidSeed);
    for (const Article &article : data.articles)
        if (Status added = zip.add(u"Sources/%1.txt"_s.arg(guid(Thing::Source, article.id)), article.body.toUtf8());
            !added)
            return added;
    return zip.commit();
}

} // namespace parallax
