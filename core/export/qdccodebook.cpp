#include "export/qdccodebook.h"

#include "export/xmlbuilder.h"
#include "storage/codestore.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QUuid>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr qint64 kMaxCodebookBytes = qint64(64) << 20;

// The same code gets the same GUID in every export of one library.
QString codeGuid(qint64 id)
{
    return QUuid::createUuidV5(QUuid(u"6f1f8e4c-3b0a-4f5e-9a51-0d5c2c7b8a11"_s),
                               QString::number(id))
        .toString(QUuid::WithoutBraces);
}

QString hexColor(const QString &color)
{
    return color.size() == 7 && color.startsWith(u'#') ? color.toUpper() : QString();
}

void writeCode(XmlBuilder &xml, const Code &code, const QList<Code> &codes)
{
    xml.start("Code");
    xml.attribute("guid", codeGuid(code.id));
    xml.attribute("name", code.name);
    xml.attribute("isCodable", code.codable ? u"true"_s : u"false"_s);
    if (const QString color = hexColor(code.color); !color.isEmpty())
        xml.attribute("color", color);
    if (!code.description.isEmpty())
        xml.textElement("Description", code.description);
    for (const Code &child : codes)
        if (child.parentId == code.id)
            writeCode(xml, child, codes);
    xml.end();
}

struct ReadCode
{
    QString name;
    QString color;
    QString description;
    int parent = -1; // index in the list read, -1 for a top-level code
    bool codable = true;
};

Result<QList<ReadCode>> readCodebook(const QByteArray &bytes, QString *origin)
{
    QXmlStreamReader xml(bytes);
    QList<ReadCode> codes;
    QList<int> open;
    bool sawCodeBook = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return makeError(ErrorCode::InvalidInput,
                             u"the codebook declares a DTD or entities, which are not accepted"_s);
        if (token == QXmlStreamReader::EndElement && xml.name() == u"Code"_s && !open.isEmpty())
            open.removeLast();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"CodeBook"_s) {
            sawCodeBook = true;
            *origin = xml.attributes().value(u"origin"_s).toString();
        } else if (xml.name() == u"Code"_s && sawCodeBook) {
            ReadCode code;
            code.name = xml.attributes().value(u"name"_s).toString().simplified();
            code.color = hexColor(xml.attributes().value(u"color"_s).toString());
            code.codable =
                xml.attributes().value(u"isCodable"_s).compare(u"false"_s, Qt::CaseInsensitive) !=
                0;
            code.parent = open.isEmpty() ? -1 : open.constLast();
            open.append(int(codes.size()));
            codes.append(code);
        } else if (xml.name() == u"Description"_s && !open.isEmpty()) {
            codes[open.constLast()].description = xml.readElementText();
        }
    }
    if (xml.hasError())
        return makeError(
            ErrorCode::InvalidInput,
            u"the codebook is not well-formed XML (line %1: %2)"_s.arg(xml.lineNumber())
                .arg(xml.errorString()));
    if (!sawCodeBook)
        return makeError(ErrorCode::InvalidInput,
                         u"the file has no CodeBook element: it is not a REFI-QDA codebook"_s);
    return codes;
}

} // namespace

QByteArray qdcCodebookXml(const QList<Code> &codes, const QString &origin)
{
    QByteArray bytes;
    XmlBuilder xml(bytes);
    xml.declaration();
    xml.start("CodeBook");
    xml.attribute("xmlns", u"urn:QDA-XML:codebook:1.0"_s);
    xml.attribute("origin", origin);
    xml.start("Codes");
    QHash<qint64, bool> present;
    for (const Code &code : codes)
        present.insert(code.id, true);
    for (const Code &code : codes)
        if (!code.parentId || !present.contains(*code.parentId))
            writeCode(xml, code, codes);
    xml.end();
    xml.end();
    return bytes;
}

Result<QdcImportReport> importQdc(const Database &library, const QString &path)
{
    if (Status notLibrary = libraryfiles::checkNotLibraryFile(path, u"import"_s); !notLibrary)
        return notLibrary.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxCodebookBytes)
        return makeError(ErrorCode::TooLarge,
                         u"%1 is larger than %2 MB, too large for a codebook"_s.arg(
                             path, QString::number(kMaxCodebookBytes >> 20)));
    QdcImportReport report;
    Result<QList<ReadCode>> read = readCodebook(file.read(kMaxCodebookBytes + 1), &report.origin);
    if (!read)
        return read.error();
    report.codes = int(read->size());

    Transaction transaction(library.connectionName());
    if (!transaction.status())
        return transaction.status().error();
    CodeStore store(library);
    auto existing = store.list();
    if (!existing)
        return existing.error();
    QHash<QString, qint64> byPath; // "parent id|name" -> code
    for (const Code &code : std::as_const(*existing))
        byPath.insert(u"%1|%2"_s.arg(code.parentId.value_or(0)).arg(code.name), code.id);
    QList<qint64> idOf; // index read -> library code
    for (const ReadCode &code : std::as_const(*read)) {
        const qint64 parent = code.parent >= 0 ? idOf.value(code.parent) : 0;
        const QString name = code.name.isEmpty() ? u"Unnamed code"_s : code.name;
        const QString key = u"%1|%2"_s.arg(parent).arg(name);
        qint64 id = byPath.value(key);
        if (!id) {
            Code created;
            created.name = name;
            if (parent)
                created.parentId = parent;
            if (!code.color.isEmpty())
                created.color = code.color.toLower();
            created.description = code.description;
            created.codable = code.codable;
            created.position = int(existing->size()) + report.added;
            Result<qint64> added = store.create(created);
            if (!added)
                return added.error();
            id = *added;
            byPath.insert(key, id);
            ++report.added;
        }
        report.categories += code.codable ? 0 : 1;
        idOf.append(id);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace parallax
