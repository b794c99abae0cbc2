#include "export/qdpxproject.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {

namespace {

class Parser
{
public:
    explicit Parser(const QByteArray &xml) : m_xml(xml) {}

    Result<Project> run()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
                return makeError(
                    ErrorCode::InvalidInput,
                    u"project.qde declares a DTD or entities, which are not accepted"_s);
            if (token == QXmlStreamReader::EndElement)
                end(m_xml.name());
            else if (token == QXmlStreamReader::StartElement)
                start(m_xml.name(), m_xml.attributes());
        }
        if (m_xml.hasError())
            return makeError(
                ErrorCode::InvalidInput,
                u"project.qde is not well-formed XML (line %1: %2)"_s.arg(m_xml.lineNumber())
                    .arg(m_xml.errorString()));
        return m_project;
    }

private:
    void end(QStringView name)
    {
        if (name == u"Code"_s && !m_codeStack.isEmpty())
            m_codeStack.removeLast();
        else if (name == u"TextSource"_s && !m_inNotes)
            m_source = nullptr;
        else if (name == u"PlainTextSelection"_s)
            m_selection = nullptr;
        else if (name == u"Note"_s)
            m_note = nullptr;
        else if (name == u"Notes"_s)
            m_inNotes = false;
        else if (name == u"Set"_s)
            m_set = nullptr;
        else if (name == u"CodeBook"_s)
            m_inCodeBook = false;
    }

    static Selection selectionFrom(const QXmlStreamAttributes &at)
    {
        bool startOk = false;
        bool endOk = false;
        Selection s;
        s.guid = at.value(u"guid"_s).toString();
        s.name = at.value(u"name"_s).toString();
        s.start = at.value(u"startPosition"_s).toLongLong(&startOk);
        s.end = at.value(u"endPosition"_s).toLongLong(&endOk);
        s.positionsValid = startOk && endOk;
        return s;
    }

    void start(QStringView name, const QXmlStreamAttributes &at)
    {
        if (name == u"Project"_s) {
            m_project.origin = at.value(u"origin"_s).toString();
        } else if (name == u"CodeBook"_s) {
            m_inCodeBook = true;
        } else if (name == u"Code"_s && m_inCodeBook) {
            CodeNode code;
            code.guid = at.value(u"guid"_s).toString();
            code.name = at.value(u"name"_s).toString();
            code.color = at.value(u"color"_s).toString();
            code.parentGuid = m_codeStack.value(m_codeStack.size() - 1);
            code.codable = at.value(u"isCodable"_s).compare(u"false"_s, Qt::CaseInsensitive) != 0;
            m_codeStack.append(code.guid);
            m_project.codes.append(code);
        } else if (name == u"Description"_s) {
            const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (m_set)
                m_set->description = text;
            else if (m_selection)
                m_selection->description = text;
            else if (m_source)
                m_source->description = text;
            else if (m_inCodeBook && !m_codeStack.isEmpty() && !m_project.codes.isEmpty())
                codeOf(m_codeStack.constLast()).description = text;
        } else if (name == u"Variable"_s) {
            m_project.variableNames.insert(at.value(u"guid"_s).toString(),
                                           at.value(u"name"_s).toString());
        } else if (name == u"Notes"_s) {
            m_inNotes = true;
        } else if (name == u"Note"_s && m_inNotes) {
            NoteText note;
            note.guid = at.value(u"guid"_s).toString();
            note.name = at.value(u"name"_s).toString();
            note.plainTextPath = at.value(u"plainTextPath"_s).toString();
            m_project.notes.append(note);
            m_note = &m_project.notes.last();
        } else if (name == u"TextSource"_s && !m_inNotes) {
            m_project.sources.append(Source());
            m_source = &m_project.sources.last();
            m_source->guid = at.value(u"guid"_s).toString();
            m_source->name = at.value(u"name"_s).toString();
            m_source->plainTextPath = at.value(u"plainTextPath"_s).toString();
        } else if (name.endsWith(u"Source"_s) && name != u"MemberSource"_s && !m_inNotes) {
            // PDF, picture, audio and video sources: counted, not taken in.
            ++m_project.otherSources[name.toString()];
            m_xml.skipCurrentElement();
        } else if (name == u"Graph"_s) {
            ++m_project.graphs;
            m_xml.skipCurrentElement();
        } else if (name == u"Case"_s) {
            ++m_project.cases;
            m_xml.skipCurrentElement();
        } else if (name == u"PlainTextContent"_s) {
            const QString text = m_xml.readElementText();
            if (m_note) {
                m_note->text = text;
            } else if (m_source) {
                m_source->plainTextContent = text;
                m_source->hasContent = true;
            }
        } else if (name == u"PlainTextSelection"_s && m_note) {
            m_note->span = selectionFrom(at); // an annotation of a span of text
        } else if (name == u"PlainTextSelection"_s && m_source) {
            m_source->selections.append(selectionFrom(at));
            m_selection = &m_source->selections.last();
        } else if (name == u"CodeRef"_s) {
            if (m_selection)
                m_selection->codeRefs.append(at.value(u"targetGUID"_s).toString());
        } else if (name == u"NoteRef"_s) {
            const QString target = at.value(u"targetGUID"_s).toString();
            if (m_selection)
                m_selection->noteRefs.append(target);
            else if (m_source)
                m_source->noteRefs.append(target);
            else if (m_inCodeBook && !m_codeStack.isEmpty())
                codeOf(m_codeStack.constLast()).noteRefs.append(target);
        } else if (name == u"VariableRef"_s) {
            m_variableRef = at.value(u"targetGUID"_s).toString();
        } else if (name == u"VariableValue"_s && m_source) {
            ++m_project.variableValues;
        } else if (name == u"TextValue"_s && m_source) {
            m_source->variables.insert(m_variableRef, m_xml.readElementText());
        } else if (name == u"Link"_s) {
            m_project.links.append({at.value(u"name"_s).toString(),
                                    at.value(u"originGUID"_s).toString(),
                                    at.value(u"targetGUID"_s).toString()});
        } else if (name == u"Set"_s) {
            m_project.sets.append(
                {at.value(u"guid"_s).toString(), at.value(u"name"_s).toString(), {}, {}});
            m_set = &m_project.sets.last();
        } else if (name == u"MemberNote"_s && m_set) {
            m_set->memberNotes.append(at.value(u"targetGUID"_s).toString());
        }
    }

    CodeNode &codeOf(const QString &guid)
    {
        for (qsizetype i = m_project.codes.size() - 1; i >= 0; --i)
            if (m_project.codes.at(i).guid == guid)
                return m_project.codes[i];
        return m_project.codes.last();
    }

    QXmlStreamReader m_xml;
    Project m_project;
    QStringList m_codeStack;
    Source *m_source = nullptr;
    Selection *m_selection = nullptr;
    NoteText *m_note = nullptr;
    Set *m_set = nullptr;
    QString m_variableRef;
    bool m_inNotes = false;
    bool m_inCodeBook = false;
};

} // namespace

Result<Project> parseProject(const QByteArray &xml)
{
    return Parser(xml).run();
}

} // namespace parallax::qdpx
