#include "import/importer.h"

#include "import/findingrecorder.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"
#include "storage/sqlite/bulkwritescope.h"
#include "storage/transaction.h"
#include "storage/writeturns.h"
#include "util/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <future>
#include <thread>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

using Parsed = Importer::Parsed;

// Parses paths[begin, end) on up to `workers` threads; results keep the order of the paths.
std::vector<Parsed> parseBatch(const QStringList &paths, qsizetype begin, qsizetype end,
                               int workers, qint64 maxBytes, const analysis::Analyser *analyser)
{
    std::vector<std::optional<Result<Article>>> results(size_t(end - begin));
    std::vector<analysis::Analysis> findings(size_t(end - begin));
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < qsizetype(results.size()); i = next++) {
            Result<Article> article = readArticleFile(paths[begin + i], maxBytes);
            if (article && analyser) {
                findings[size_t(i)] = analyseArticle(*analyser, *article);
                article->analyserVersion = analysis::kAnalyserVersion;
            }
            results[size_t(i)].emplace(std::move(article));
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < workers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    std::vector<Parsed> parsed;
    parsed.reserve(results.size());
    for (size_t i = 0; i < results.size(); ++i)
        parsed.push_back(
            Parsed{paths[begin + qsizetype(i)], std::move(*results[i]), std::move(findings[i])});
    return parsed;
}

} // namespace

int ImportReport::count(ImportOutcome outcome) const
{
    return int(std::count_if(files.cbegin(), files.cend(), [outcome](const FileImportResult &f) {
        return f.outcome == outcome;
    }));
}

QString storedName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return u"imported"_s;
    case ImportOutcome::Duplicate:
        return u"duplicate"_s;
    case ImportOutcome::Failed:
        return u"failed"_s;
    case ImportOutcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

Importer::Importer(const Database &database, ImportOptions options)
    : m_database(database), m_options(options)
{}

namespace {

// Why a path is a library rather than an article, judged by its name and identity alone.
std::optional<QString> libraryReason(const QString &path)
{
    if (const std::optional<QString> open = libraryfiles::openLibraryFile(path))
        return u"this is %1, not an article"_s.arg(*open);
    if (!libraryfiles::companionOwner(path).isEmpty())
        return u"this is a file SQLite keeps beside a library, not an article"_s;
    if (libraryfiles::hasLibraryName(path))
        return u"this is a library, not an article"_s;
    return std::nullopt;
}

} // namespace

namespace {

// Article files whose names are not valid UTF-8, under a folder and its subfolders. Qt's
// directory listing leaves such names out altogether, so they are read with readdir(); they
// are shown with U+FFFD where the bytes could not be read.
QStringList undecodableArticleNames(const QString &folder)
{
    QStringList names;
#ifdef Q_OS_UNIX
    QStringList folders{folder};
    QDirIterator dirs(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                      QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (dirs.hasNext())
        folders.append(dirs.next());
    for (const QString &dir : std::as_const(folders)) {
        DIR *handle = ::opendir(QFile::encodeName(dir).constData());
        if (!handle)
            continue;
        while (const dirent *entry = ::readdir(handle)) {
            const QByteArray raw(entry->d_name);
            const QString decoded = QFile::decodeName(raw);
            if (QFile::encodeName(decoded) == raw)
                continue;
            const QString path = dir + u'/' + decoded;
            if (articleFormatFor(path))
                names.append(path);
        }
        ::closedir(handle);
    }
#else
    Q_UNUSED(folder);
#endif
    return names;
}

} // namespace

QStringList Importer::collectFiles(const QStringList &paths, QList<FileImportResult> &failures)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            if (std::optional<QString> reason = libraryReason(path)) {
                failures.append({path, ImportOutcome::Skipped, 0, {}, *reason});
                continue;
            }
        }
        if (!info.exists()) {
            failures.append({path, ImportOutcome::Failed, 0, {}, u"no such file or folder"_s});
        } else if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                failures.append({path, ImportOutcome::Failed, 0, {}, u"cannot read the folder"_s});
                continue;
            }
            QStringList found;
            // Every entry is listed, unreadable ones and those that are not regular files too,
            // so that each article file found gets a result line.
            QDirIterator it(path,
                            QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString file = it.next();
                const QFileInfo entry = it.fileInfo();
                if (entry.isDir())
                    continue;
                if (!entry.isFile()) {
                    if (articleFormatFor(file))
                        failures.append(
                            {file,
                             ImportOutcome::Skipped,
                             0,
                             {},
                             u"not a regular file (a pipe, device or socket); not opened"_s});
                    continue;
                }
                if (std::optional<QString> reason = libraryReason(file)) {
                    // The log and index beside a library are no more use to list than a picture.
                    if (libraryfiles::companionOwner(file).isEmpty())
                        failures.append({file, ImportOutcome::Skipped, 0, {}, *reason});
                } else if (articleFormatFor(file)) {
                    found.append(file);
                }
            }
            for (const QString &name : undecodableArticleNames(path))
                failures.append(
                    {name,
                     ImportOutcome::Failed,
                     0,
                     {},
                     u"the file's name is not valid UTF-8, so it cannot be opened; rename it"_s});
            // A folder's files go in name order, so ids follow the folder listing.
            std::sort(found.begin(), found.end());
            files.append(found);
        } else if (!info.isFile()) {
            // Opening a pipe would wait for a writer that may never come.
            failures.append({path,
                             ImportOutcome::Skipped,
                             0,
                             {},
                             u"not a regular file (a pipe, device or socket); not opened"_s});
        } else {
            files.append(path);
        }
    }
    return files;
}

Importer::BatchOutcome Importer::writeBatch(ArticleStore &articles, FindingRecorder *recorder,
                                            const std::vector<Parsed> &parsed, bool careful)
{
    BatchOutcome outcome;
    Transaction transaction(m_database.connectionName());
    for (const Parsed &item : parsed) {
        FileImportResult result{item.path, ImportOutcome::Failed, 0, {}, {}};
        if (!item.article) {
            result.reason = item.article.error().message;
        } else if (!transaction.status()) {
            result.reason = transaction.status().error().message;
        } else {
            result.title = item.article->title;
            std::optional<Savepoint> savepoint;
            if (careful)
                savepoint.emplace(m_database.connectionName());
            Result<InsertOutcome> stored =
                careful ? articles.insert(*item.article) : articles.insertRow(*item.article);
            if (stored && !stored->duplicate && item.source) {
                if (Status kept = ArticleSourceStore(m_database).save(stored->id, *item.source);
                    !kept)
                    stored = kept.error();
            }
            if (stored && !stored->duplicate && recorder) {
                if (Status recorded =
                        recorder->record(stored->id, item.article->body, item.findings);
                    !recorded)
                    stored = recorded.error();
            }
            if (!stored && !careful) {
                outcome.storeFailed = true;
                return outcome; // the transaction rolls back as it goes out of scope
            }
            if (stored && (!savepoint || savepoint->release())) {
                result.articleId = stored->id;
                result.outcome =
                    stored->duplicate ? ImportOutcome::Duplicate : ImportOutcome::Imported;
                if (!stored->duplicate)
                    outcome.added.append(stored->id);
            } else {
                result.reason = stored ? u"cannot store the article"_s : stored.error().message;
            }
        }
        outcome.results.append(std::move(result));
    }
    if (!careful) {
        for (size_t i = 0; i < parsed.size(); ++i) {
            const FileImportResult &result = outcome.results[qsizetype(i)];
            if (result.outcome == ImportOutcome::Imported &&
                !articles.addToIndex(result.articleId, *parsed[i].article)) {
                outcome.storeFailed = true;
                return outcome;
            }
        }
    }
    if (!outcome.added.isEmpty()) {
        if (Status committed = transaction.commit(); !committed) {
            for (FileImportResult &result : outcome.results) {
                if (result.outcome == ImportOutcome::Imported) {
                    result.outcome = ImportOutcome::Failed;
                    result.reason = committed.error().message;
                    result.articleId = 0;
                }
            }
            outcome.added.clear();
        }
    }
    return outcome;
}

ImportReport Importer::run(const QStringList &paths, const Progress &progress,
                           const std::atomic_bool *cancel)
{
    ImportReport report;
    const QStringList files = collectFiles(paths, report.files);
    const qsizetype total = files.size();
    const qsizetype batch = qMax(1, m_options.batchSize);
    // One thread writes; the others parse the next batch meanwhile.
    // Analysis makes parsing the larger share of the work, so it gets every core; the
    // writer's share then runs beside it.
    const int parsers = qMax(1, QThread::idealThreadCount() - (m_options.analyse ? 0 : 1));
    const auto cancelled = [cancel] {
        return cancel && cancel->load();
    };

    ArticleStore articles(m_database);
    const BulkWriteScope bulk(m_database);
    // The library's own places and people take part in the analysis.
    std::shared_ptr<const analysis::Analyser> analyser;
    std::optional<FindingRecorder> recorder;
    if (m_options.analyse) {
        Result<std::shared_ptr<const analysis::Analyser>> built = libraryAnalyser(m_database);
        analyser = built ? *built : std::make_shared<const analysis::Analyser>();
        recorder.emplace(m_database, *analyser);
    }
    std::future<std::vector<Parsed>> pending;
    if (total > 0)
        pending = std::async(std::launch::async, parseBatch, std::cref(files), 0,
                             qMin(batch, total), parsers, m_options.maxFileBytes, analyser.get());
    for (qsizetype begin = 0; begin < total; begin += batch) {
        std::vector<Parsed> parsed = pending.get();
        const qsizetype nextBegin = begin + batch;
        if (nextBegin < total && !cancelled())
            pending = std::async(std::launch::async, parseBatch, std::cref(files), nextBegin,
                                 qMin(nextBegin + batch, total), parsers, m_options.maxFileBytes,
                                 analyser.get());

        // An edit waiting in the window goes first (writeturns.h).
        if (WriteTurns *turns = m_database.writeTurns())
            turns->giveWay();
        // Savepoints make FTS5 flush its index, so a batch is first written without them;
        // only if an article fails to store is the batch redone one savepoint per article.
        FindingRecorder *record = recorder ? &*recorder : nullptr;
        BatchOutcome written = writeBatch(articles, record, parsed, false);
        if (written.storeFailed)
            written = writeBatch(articles, record, parsed, true);
        QList<FileImportResult> &results = written.results;
        report.files.append(results);
        if (progress)
            progress(qMin(nextBegin, total), total);
        if (cancelled() && nextBegin < total) {
            report.cancelled = true;
            for (qsizetype i = nextBegin; i < total; ++i)
                report.files.append({files[i],
                                     ImportOutcome::Failed,
                                     0,
                                     {},
                                     u"not imported: the import was cancelled"_s});
            break;
        }
    }
    qCInfo(lcImport) << "imported" << report.count(ImportOutcome::Imported) << "of" << total
                     << "files";
    return report;
}

ImportReport Importer::store(std::vector<Parsed> parsed)
{
    ImportReport report;
    ArticleSourceStore sources(m_database);
    std::vector<Parsed> fresh;
    for (Parsed &item : parsed) {
        if (item.article) {
            // The same page under its canonical URL or the address it was fetched from.
            for (const QString &url :
                 {item.article->url, item.source ? item.source->fetchedUrl : QString()}) {
                Result<std::optional<qint64>> known = sources.findByUrl(url);
                if (known && *known) {
                    report.files.append(
                        {item.path, ImportOutcome::Duplicate, **known, item.article->title, {}});
                    item.article = makeError(ErrorCode::Duplicate, QString());
                    break;
                }
            }
            if (!item.article && item.article.error().code == ErrorCode::Duplicate)
                continue;
        }
        fresh.push_back(std::move(item));
    }
    std::shared_ptr<const analysis::Analyser> analyser;
    std::optional<FindingRecorder> recorder;
    if (m_options.analyse) {
        Result<std::shared_ptr<const analysis::Analyser>> built = libraryAnalyser(m_database);
        analyser = built ? *built : std::make_shared<const analysis::Analyser>();
        recorder.emplace(m_database, *analyser);
        for (Parsed &item : fresh) {
            if (item.article) {
                item.findings = analyseArticle(*analyser, *item.article);
                item.article->analyserVersion = analysis::kAnalyserVersion;
            }
        }
    }
    ArticleStore articles(m_database);
    FindingRecorder *record = recorder ? &*recorder : nullptr;
    BatchOutcome written = writeBatch(articles, record, fresh, false);
    if (written.storeFailed)
        written = writeBatch(articles, record, fresh, true);
    report.files.append(written.results);
    return report;
}

} // namespace parallax
