#include "export/exporter.h"

#include "export/csvexport.h"
#include "export/devicewrite.h"
#include "export/jsonexport.h"
#include "export/jsonld.h"
#include "export/qdccodebook.h"
#include "export/qdpxexport.h"
#include "export/reports.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

struct FormatInfo
{
    ExportFormat format;
    const char16_t *name;
    const char16_t *suffix;
    const char16_t *title;
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::Markdown, u"markdown", u"md", u"Markdown report"},
    {ExportFormat::Html, u"html", u"html", u"HTML report (one self-contained file)"},
    {ExportFormat::Pdf, u"pdf", u"pdf", u"PDF report"},
    {ExportFormat::Csv, u"csv", u"csv", u"CSV, one row per annotation"},
    {ExportFormat::Json, u"json", u"json", u"JSON, the full library model"},
    {ExportFormat::Qdpx, u"qdpx", u"qdpx", u"REFI-QDA project"},
    {ExportFormat::WebAnnotation, u"w3c", u"jsonld", u"W3C Web Annotations (JSON-LD)"},
    {ExportFormat::ClaimReview, u"claimreview", u"jsonld", u"schema.org ClaimReview (JSON-LD)"},
    {ExportFormat::Codebook, u"qdc", u"qdc", u"REFI-QDA codebook (the codes alone)"},
};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &i : kFormats)
        if (i.format == format)
            return i;
    return kFormats[0];
}

Status cancelledError()
{
    return makeError(ErrorCode::Cancelled, u"the export was cancelled; nothing was written"_s);
}

Status writeText(const QString &path, const std::function<Status(QIODevice &)> &write,
                 const ExportControls &controls)
{
    QSaveFile file(path);
    // Unbuffered, so a full disk fails the write that meets it, with the system's reason,
    // instead of a flush inside commit() that can report nothing.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (Status done = write(file); !done)
        return done; // QSaveFile discards the partial file
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (controls.stopNow())
        return cancelledError(); // likewise
    const qint64 written = file.pos();
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    // What the file system kept must be all that was written.
    if (const qint64 kept = QFileInfo(path).size(); kept != written)
        return makeError(ErrorCode::Io, u"cannot write %1: only %2 of %3 bytes were kept"_s.arg(
                                            path, QString::number(kept), QString::number(written)));
    return {};
}

Status writeString(QIODevice &out, const QString &text)
{
    return writeAll(out, text.toUtf8(), u"the report"_s);
}

} // namespace

QString storedName(ExportFormat format)
{
    return QString::fromUtf16(info(format).name);
}

std::optional<ExportFormat> exportFormatFromString(const QString &text)
{
    for (const FormatInfo &i : kFormats)
        if (text.compare(QString::fromUtf16(i.name), Qt::CaseInsensitive) == 0)
            return i.format;
    if (text.compare(u"md"_s, Qt::CaseInsensitive) == 0)
        return ExportFormat::Markdown;
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const FormatInfo &i : kFormats)
        names.append(QString::fromUtf16(i.name));
    return names;
}

QString fileSuffix(ExportFormat format)
{
    return QString::fromUtf16(info(format).suffix);
}

QString formatTitle(ExportFormat format)
{
    return QString::fromUtf16(info(format).title);
}

Result<ExportScope> exportScopeFromOptions(const std::optional<QString> &articles,
                                           const std::optional<QString> &claims,
                                           const std::optional<QString> &code)
{
    if (int(articles.has_value()) + int(claims.has_value()) + int(code.has_value()) > 1)
        return makeError(ErrorCode::InvalidInput, u"give one of --articles, --claims and --code"_s);
    const auto [option, text, kind] =
        articles ? std::tuple{u"articles"_s, *articles, ExportScope::Kind::Articles}
        : claims ? std::tuple{u"claims"_s, *claims, ExportScope::Kind::Claims}
        : code   ? std::tuple{u"code"_s, *code, ExportScope::Kind::Code}
                 : std::tuple{QString(), QString(), ExportScope::Kind::Library};
    if (kind == ExportScope::Kind::Library)
        return ExportScope::library();
    QList<qint64> ids;
    bool valid = true;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        valid = valid && ok && id > 0;
        ids.append(id);
    }
    if (!valid || ids.isEmpty() || (kind == ExportScope::Kind::Code && ids.size() != 1))
        return makeError(ErrorCode::InvalidInput,
                         u"--%1 wants %2"_s.arg(option, kind == ExportScope::Kind::Code
                                                            ? u"one id"_s
                                                            : u"ids such as 3,7,12"_s));
    return ExportScope{kind, ids};
}

QStringList exportScopeOptions(const ExportScope &scope)
{
    QStringList ids;
    for (qint64 id : scope.ids)
        ids.append(QString::number(id));
    switch (scope.kind) {
    case ExportScope::Kind::Library:
        return {};
    case ExportScope::Kind::Articles:
        return {u"--articles"_s, ids.join(u',')};
    case ExportScope::Kind::Claims:
        return {u"--claims"_s, ids.join(u',')};
    case ExportScope::Kind::Code:
        return {u"--code"_s, ids.join(u',')};
    }
    return {};
}

quint32 qdpxGuidSeed(const Database &library)
{
    const QByteArray digest = QCryptographicHash::hash(
        QFileInfo(library.path()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return quint32(quint8(digest[0])) << 24 | quint32(quint8(digest[1])) << 16 |
           quint32(quint8(digest[2])) << 8 | quint32(quint8(digest[3]));
}

Status writeExport(const ExportData &data, ExportFormat format, const QString &path,
                   const Database &library, const ExportControls &controls)
{
    if (Status target = libraryfiles::checkExportTarget(path); !target)
        return target;
    switch (format) {
    case ExportFormat::Markdown:
        return writeText(
            path, [&](QIODevice &out) { return writeString(out, markdownReport(data)); }, controls);
    case ExportFormat::Html:
        return writeText(
            path, [&](QIODevice &out) { return writeString(out, htmlReport(data)); }, controls);
    case ExportFormat::Csv:
        return writeText(
            path, [&](QIODevice &out) { return writeCsv(data, out); }, controls);
    case ExportFormat::Json:
        return writeText(
            path, [&](QIODevice &out) { return writeJson(data, out); }, controls);
    case ExportFormat::WebAnnotation:
        return writeText(
            path, [&](QIODevice &out) { return writeJsonLd(webAnnotations(data), out); }, controls);
    case ExportFormat::ClaimReview:
        return writeText(
            path, [&](QIODevice &out) { return writeJsonLd(claimReviews(data), out); }, controls);
    case ExportFormat::Codebook:
        return writeText(
            path,
            [&](QIODevice &out) {
                return writeAll(out, qdcCodebookXml(data.codes, u"Parallax"_s), u"the codebook"_s);
            },
            controls);
    case ExportFormat::Qdpx:
        return writeQdpx(data, path, QFileInfo(library.path()).completeBaseName(),
                         qdpxGuidSeed(library));
    case ExportFormat::Pdf:
        break;
    }
    return makeError(ErrorCode::InvalidInput, u"PDF is printed by the Parallax application"_s);
}

Status exportLibrary(const Database &library, const ExportScope &scope, ExportFormat format,
                     const QString &path, const ExportControls &controls)
{
    if (controls.stage)
        controls.stage(u"Reading %1…"_s.arg(scope.describe()));
    Result<ExportData> data = loadExport(library, scope);
    if (!data)
        return data.error();
    if (controls.stopNow())
        return cancelledError();
    if (controls.stage)
        controls.stage(u"Writing %1…"_s.arg(QFileInfo(path).fileName()));
    return writeExport(*data, format, path, library, controls);
}

} // namespace parallax
