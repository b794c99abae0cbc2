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
        QStringList codeStack;
        Source *source = nullptr;
        Selection *selection = nullptr;
        NoteText *note = nullptr;
        Set *set = nullptr;
        QString variableRef;
        bool inNotes = false;
        bool inCodeBook = false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
                return makeError(
                    ErrorCode::InvalidInput,
                    u"project.qde declares a DTD or entities, which are not accepted"_s);
            if (token == QXmlStreamReader::EndElement) {
                const QStringView name = m_xml.name();
                if (name == u"Code"_s && !codeStack.isEmpty())
                    codeStack.removeLast();
                else if (name == u"TextSource"_s && !inNotes)
                    source = nullptr;
                else if (name == u"PlainTextSelection"_s)
                    selection = nullptr;
                else if (name == u"Note"_s)
                    note = nullptr;
                else if (name == u"Notes"_s)
                    inNotes = false;
                else if (name == u"Set"_s)
                    set = nullptr;
                else if (name == u"CodeBook"_s)
                    inCodeBook = false;
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            const QXmlStreamAttributes at = m_xml.attributes();
            if (name == u"CodeBook"_s) {
                inCodeBook = true;
            } else if (name == u"Code"_s && inCodeBook) {
                CodeNode code{at.value(u"guid"_s).toString(),        at.value(u"name"_s).toString(),
                              at.value(u"color"_s).toString(),       {},
                              codeStack.value(codeStack.size() - 1), {}};
                codeStack.append(code.guid);
                m_project.codes.append(code);
            } else if (name == u"Description"_s) {
                const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (set)
                    set->description = text;
                else if (inCodeBook && !codeStack.isEmpty() && !m_project.codes.isEmpty())
                    codeOf(codeStack.constLast()).description = text;
            } else if (name == u"Variable"_s) {
                m_project.variableNames.insert(at.value(u"guid"_s).toString(),
                                               at.value(u"name"_s).toString());
            } else if (name == u"Notes"_s) {
                inNotes = true;
            } else if (name == u"Note"_s && inNotes) {
                m_project.notes.append(NoteText{at.value(u"guid"_s).toString(), QString(),
                                                at.value(u"plainTextPath"_s).toString()});
                note = &m_project.notes.last();
            } else if (name == u"TextSource"_s && !inNotes) {
                m_project.sources.append(Source());
                source = &m_project.sources.last();
                source->guid = at.value(u"guid"_s).toString();
                source->name = at.value(u"name"_s).toString();
                source->plainTextPath = at.value(u"plainTextPath"_s).toString();
            } else if (name == u"PlainTextContent"_s) {
                const QString text = m_xml.readElementText();
                if (note)
                    note->text = text;
                else if (source) {
                    source->plainTextContent = text;
                    source->hasContent = true;
                }
            } else if (name == u"PlainTextSelection"_s && source) {
                bool startOk = false;
                bool endOk = false;
                Selection s{at.value(u"guid"_s).toString(),
                            at.value(u"startPosition"_s).toLongLong(&startOk),
                            at.value(u"endPosition"_s).toLongLong(&endOk),
                            {},
                            {}};
                if (!startOk || !endOk)
                    return makeError(
                        ErrorCode::InvalidInput,
                        u"a selection of %1 has no valid positions"_s.arg(source->name));
                source->selections.append(s);
                selection = &source->selections.last();
            } else if (name == u"CodeRef"_s) {
                if (selection)
                    selection->codeRefs.append(at.value(u"targetGUID"_s).toString());
            } else if (name == u"NoteRef"_s) {
                const QString target = at.value(u"targetGUID"_s).toString();
                if (selection)
                    selection->noteRefs.append(target);
                else if (source)
                    source->noteRefs.append(target);
                else if (inCodeBook && !codeStack.isEmpty())
                    codeOf(codeStack.constLast()).noteRefs.append(target);
            } else if (name == u"VariableRef"_s) {
                variableRef = at.value(u"targetGUID"_s).toString();
            } else if (name == u"TextValue"_s && source) {
                source->variables.insert(variableRef, m_xml.readElementText());
            } else if (name == u"Link"_s) {
                m_project.links.append({at.value(u"name"_s).toString(),
                                        at.value(u"originGUID"_s).toString(),
                                        at.value(u"targetGUID"_s).toString()});
            } else if (name == u"Set"_s) {
                m_project.sets.append(
                    {at.value(u"guid"_s).toString(), at.value(u"name"_s).toString(), {}, {}});
                set = &m_project.sets.last();
            } else if (name == u"MemberNote"_s && set) {
                set->memberNotes.append(at.value(u"targetGUID"_s).toString());
            }
        }
        if (m_xml.hasError())
            return makeError(
                ErrorCode::InvalidInput,
                u"project.qde is not well-formed XML (line %1: %2)"_s.arg(m_xml.lineNumber())
                    .arg(m_xml.errorString()));
        return m_project;
    }

private:
    CodeNode &codeOf(const QString &guid)
    {
        for (qsizetype i = m_project.codes.size() - 1; i >= 0; --i)
            if (m_project.codes.at(i).guid == guid)
                return m_project.codes[i];
        return m_project.codes.last();
    }

    QXmlStreamReader m_xml;
    Project m_project;
};

} // namespace

Result<Project> parseProject(const QByteArray &xml)
{
    return Parser(xml).run();
}

} // namespace parallax::qdpx
