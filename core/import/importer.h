// Imports files and folders of articles into a library: parses in parallel, writes in batches,
// stores each article wholly or not at all, and reports every file.
#pragma once

#include "analysis/analyser.h"
#include "import/articlereader.h"
#include "storage/articlesourcestore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace parallax {

class ArticleStore;
class Database;

struct ImportOptions
{
    qint64 maxFileBytes = kDefaultMaxFileBytes;
    // Articles per transaction: each batch is committed whole, so a crash loses at most the
    // batch under way; larger batches flush the full-text index less often.
    int batchSize = 1000;
    // Find quotations, speakers and places in each article and store them as annotations.
    bool analyse = true;
};

// Skipped: not an article and left unopened on purpose (a library found in a folder).
enum class ImportOutcome
{
    Imported,
    Duplicate,
    Failed,
    Skipped
};

struct FileImportResult
{
    QString path;
    ImportOutcome outcome = ImportOutcome::Failed;
    qint64 articleId = 0; // the new article, or the one it duplicates
    QString title;
    QString reason; // why it failed
};

struct ImportReport
{
    QList<FileImportResult> files;
    bool cancelled = false;

    int count(ImportOutcome outcome) const;
    bool anyFailed() const { return count(ImportOutcome::Failed) > 0; }
};

QString storedName(ImportOutcome outcome);

class Importer final
{
public:
    // done and total count files; called on the importing thread after each batch.
    using Progress = std::function<void(qsizetype done, qsizetype total)>;

    Importer(const Database &database, ImportOptions options = {});

    ImportReport run(const QStringList &paths, const Progress &progress = {},
                     const std::atomic_bool *cancel = nullptr);

    // The article files under the given paths, folders searched recursively, in a stable
    // order. Paths that cannot be used are added to failures, and libraries (which are never
    // opened: see libraryfiles.h) are reported as skipped.
    static QStringList collectFiles(const QStringList &paths, QList<FileImportResult> &failures);

    struct Parsed
    {
        QString path;
        Result<Article> article;
        analysis::Analysis findings;
        std::optional<ArticleSource> source = std::nullopt; // the page as fetched, for web articles
    };

    // Stores articles read elsewhere (pages fetched from the web): analyses them, refuses an
    // article whose URL the library already has as a duplicate, and keeps each source page
    // with its article, each article wholly or not at all. path names each in the report.
    ImportReport store(std::vector<Parsed> parsed);

private:
    struct BatchOutcome
    {
        QList<FileImportResult> results;
        QList<qint64> added;
        bool storeFailed = false; // an article could not be stored; nothing was committed
    };
    BatchOutcome writeBatch(ArticleStore &articles, class FindingRecorder *recorder,
                            const std::vector<Parsed> &parsed, bool careful);

    const Database &m_database;
    ImportOptions m_options;
};

} // namespace parallax
