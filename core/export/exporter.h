// One entry point for every export: the scope is read once, the chosen format is written to
// a temporary file beside the target, and the target is replaced only when the whole file is
// written. PDF is printed by the presentation layer (it needs Qt GUI) from the HTML report.
#pragma once

#include "export/exportdata.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace parallax {

class Database;

enum class ExportFormat
{
    Markdown,
    Html,
    Pdf,
    Csv,
    Json,
    Qdpx,
    WebAnnotation,
    ClaimReview,
    Codebook // REFI-QDA codebook (.qdc)
};

QString storedName(ExportFormat format); // "markdown", "html", "pdf", "csv", "json", "qdpx", "w3c",
                                         // "claimreview", "qdc"
std::optional<ExportFormat> exportFormatFromString(const QString &text);
QStringList exportFormatNames();
QString fileSuffix(ExportFormat format);  // without the dot
QString formatTitle(ExportFormat format); // for menus and file dialogs

// The scope the options --articles IDS, --claims IDS and --code ID name (each nullopt when not
// given; none given means the whole library). More than one, or ids that are not positive
// numbers, is an error whose message says so.
Result<ExportScope> exportScopeFromOptions(const std::optional<QString> &articles,
                                           const std::optional<QString> &claims,
                                           const std::optional<QString> &code);
// The options that name scope, to pass it on to another program.
QStringList exportScopeOptions(const ExportScope &scope);

// The GUIDs of a library's REFI-QDA projects: stable for the library, distinct from others'.
quint32 qdpxGuidSeed(const Database &library);

// For a caller on another thread: what stage the export is at, and a flag that stops it at
// the next stage (before anything is written, or before the written file replaces the target).
struct ExportControls
{
    std::function<void(const QString &stage)> stage;
    const std::atomic<bool> *cancelled = nullptr;

    bool stopNow() const { return cancelled && cancelled->load(); }
};

// Writes data in format to path (not PDF).
Status writeExport(const ExportData &data, ExportFormat format, const QString &path,
                   const Database &library, const ExportControls &controls = {});

// Reads the scope and writes it (not PDF). Cancelled, nothing is written.
Status exportLibrary(const Database &library, const ExportScope &scope, ExportFormat format,
                     const QString &path, const ExportControls &controls = {});

} // namespace parallax
