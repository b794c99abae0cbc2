#include "export/qdpximport.h"

#include "export/qdpxarchive.h"
#include "export/qdpximporter.h"
#include "export/qdpxproject.h"
#include "export/ziparchive.h"
#include "storage/libraryfiles.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax {

QString QdpxImportReport::leftOutSummary() const
{
    QStringList parts;
    for (const auto &[kind, count] : notTaken)
        parts.append(u"%1: %2"_s.arg(kind).arg(count));
    return parts.join(u", "_s);
}

QStringList QdpxImportReport::describe() const
{
    QStringList lines;
    lines.append(
        u"Imported %1 new article(s) (%2 already in the library) from %3 text source(s)%4."_s
            .arg(articles)
            .arg(reusedArticles)
            .arg(textSources)
            .arg(origin.isEmpty() ? QString() : u" written by %1"_s.arg(origin)));
    lines.append(u"%1 of %2 selection(s) and %3 of %4 coding(s) taken in: %5 new passage(s), "
                 "%6 new code(s), %7 new note(s), %8 claim(s)."_s.arg(selectionsTaken)
                     .arg(selections)
                     .arg(codingsTaken)
                     .arg(codings)
                     .arg(annotations)
                     .arg(codes)
                     .arg(notes)
                     .arg(claims));
    QStringList read;
    for (const QdpxSourceReading &r : readings)
        if (r.selections > 0)
            read.append(u"%1 (%2)"_s.arg(r.source, r.reading));
    if (!read.isEmpty())
        lines.append(u"Positions read as: %1."_s.arg(read.join(u"; "_s)));
    if (const QString left = leftOutSummary(); !left.isEmpty())
        lines.append(u"Not taken in: %1."_s.arg(left));
    for (const QString &item : skipped)
        lines.append(u"  skipped: %1"_s.arg(item));
    return lines;
}

QJsonObject QdpxImportReport::toJson() const
{
    QJsonArray readingArray;
    for (const QdpxSourceReading &r : readings)
        readingArray.append(QJsonObject{
            {u"source"_s, r.source}, {u"positions"_s, r.reading}, {u"selections"_s, r.selections}});
    QJsonObject left;
    for (const auto &[kind, count] : notTaken)
        left.insert(kind, count);
    return QJsonObject{{u"origin"_s, origin},
                       {u"articles"_s, articles},
                       {u"reused_articles"_s, reusedArticles},
                       {u"text_sources"_s, textSources},
                       {u"selections"_s, selections},
                       {u"selections_taken"_s, selectionsTaken},
                       {u"codings"_s, codings},
                       {u"codings_taken"_s, codingsTaken},
                       {u"annotations"_s, annotations},
                       {u"codes"_s, codes},
                       {u"notes"_s, notes},
                       {u"claims"_s, claims},
                       {u"variable_values"_s, variableValues},
                       {u"variable_values_taken"_s, variableValuesTaken},
                       {u"positions"_s, readingArray},
                       {u"not_taken"_s, left},
                       {u"skipped"_s, QJsonArray::fromStringList(skipped)}};
}

Result<QdpxImportReport> importQdpx(const Database &library, const QString &path,
                                    const QdpxLimits &limits, const std::atomic<bool> *cancelled)
{
    if (Status notLibrary = libraryfiles::checkNotLibraryFile(path, u"import"_s); !notLibrary)
        return notLibrary.error();
    ZipReader zip;
    if (Status opened = zip.open(path, limits.maxEntryBytes, limits.maxTotalBytes); !opened)
        return opened.error();
    const Result<QString> entry = qdpx::ArchiveIndex(zip).projectEntry(path);
    if (!entry)
        return entry.error();
    Result<QByteArray> xml = zip.read(*entry);
    if (!xml)
        return xml.error();
    Result<qdpx::Project> project = qdpx::parseProject(*xml);
    if (!project)
        return project.error();
    // The views hear of what the import's one transaction changed once it has committed.
    return qdpx::ProjectImporter(library, *project, zip, limits, cancelled).run();
}

} // namespace parallax
