#include "export/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/types.h>
#include <thread>
#include <unistd.h>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

constexpr qint64 kParallelBytes = qint64(16) << 20; // below this one thread is quicker

// Scratch files are named ".<target>.<pid>-<unique>.<part>" beside the target (the finished
// archive must be renamed onto it, which only works within one file system).
QString scratchPrefix(const QString &target)
{
    return u"."_s + QFileInfo(target).fileName() + u"."_s;
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

// Removes what an export to the same target left when it was killed: the scratch files of
// processes that no longer run. A live export's files, and our own process's, are left alone.
void removeLeftovers(const QString &folder, const QString &target)
{
    const QString prefix = scratchPrefix(target);
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({prefix + u"*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString rest = name.mid(prefix.size());
        bool isNumber = false;
        const qint64 pid = rest.section(u'-', 0, 0).toLongLong(&isNumber);
        if (isNumber && pid != qint64(::getpid()) && processIsGone(pid))
            QFile::remove(dir.filePath(name));
    }
}

QString openError(int code)
{
    zip_error_t details;
    zip_error_init_with_code(&details, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&details));
    zip_error_fini(&details);
    return message;
}

} // namespace

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u'\\') ||
        (name.size() > 1 && name.at(1) == u':') || name.contains(QChar(0)))
        return false;
    for (const QString &part : name.split(u'/'))
        if (part == u".."_s)
            return false;
    return true;
}

QString ZipWriter::writeArchive(const QString &path, const QList<const Entry *> &entries)
{
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return openError(code);
    for (const Entry *entry : entries) {
        const auto &[name, bytes, level] = *entry;
        zip_source_t *source =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString message = zipError(archive);
            zip_discard(archive);
            return message;
        }
        const bool stored = level <= 0;
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 stored ? 0 : zip_uint32_t(level));
    }
    if (zip_close(archive) != 0) {
        const QString message = zipError(archive);
        zip_discard(archive);
        return message;
    }
    return {};
}

ZipWriter::~ZipWriter()
{
    for (const QString &file : std::as_const(m_scratch))
        QFile::remove(file);
}

Status ZipWriter::open(const QString &path)
{
    m_path = path;
    const QFileInfo target(path);
    if (!target.dir().exists())
        return makeError(ErrorCode::Io, u"the folder %1 does not exist"_s.arg(target.dir().path()));
    m_folder = target.dir().path();
    removeLeftovers(m_folder, path);
    return {};
}

Status ZipWriter::add(const QString &name, QByteArray bytes, int compressionLevel)
{
    m_entries.append({name, std::move(bytes), compressionLevel});
    return {};
}

Status ZipWriter::commit()
{
    auto scratch = [this](const QString &what) {
        const QString file = QDir(m_folder).filePath(
            scratchPrefix(m_path) + u"%1-%2.%3"_s.arg(qint64(::getpid()))
                                        .arg(QUuid::createUuid().toString(QUuid::Id128), what));
        m_scratch.append(file);
        return file;
    };
    // The entries split in two halves of about equal size, the largest placed first.
    qint64 total = 0;
    for (const Entry &entry : std::as_const(m_entries))
        total += entry.bytes.size();
    QList<const Entry *> bySize;
    for (const Entry &entry : std::as_const(m_entries))
        bySize.append(&entry);
    std::stable_sort(bySize.begin(), bySize.end(), [](const Entry *a, const Entry *b) {
        return a->bytes.size() > b->bytes.size();
    });
    QList<const Entry *> halves[2];
    qint64 weight[2] = {0, 0};
    for (const Entry *entry : std::as_const(bySize)) {
        const int half = total < kParallelBytes ? 0 : (weight[0] <= weight[1] ? 0 : 1);
        halves[half].append(entry);
        weight[half] += entry->bytes.size();
    }
    const QString partial = scratch(u"part"_s);
    if (halves[1].isEmpty()) {
        if (const QString error = writeArchive(partial, halves[0]); !error.isEmpty())
            return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, error));
    } else {
        // Each half is compressed on its own thread into an archive of its own; the two are
        // then joined by copying their compressed data as it is.
        const QString parts[2] = {scratch(u"a"_s), scratch(u"b"_s)};
        QString errors[2];
        std::thread second([&] { errors[1] = writeArchive(parts[1], halves[1]); });
        errors[0] = writeArchive(parts[0], halves[0]);
        second.join();
        for (const QString &error : errors)
            if (!error.isEmpty())
                return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, error));
        int code = 0;
        zip_t *sources[2] = {zip_open(QFile::encodeName(parts[0]).constData(), ZIP_RDONLY, &code),
                             zip_open(QFile::encodeName(parts[1]).constData(), ZIP_RDONLY, &code)};
        zip_t *joined =
            zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        auto closeAll = [&] {
            for (zip_t *source : sources)
                if (source)
                    zip_discard(source);
        };
        if (!sources[0] || !sources[1] || !joined) {
            if (joined)
                zip_discard(joined);
            closeAll();
            return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, openError(code)));
        }
        // In the order the entries were added.
        for (const Entry &entry : std::as_const(m_entries)) {
            const QString &name = entry.name;
            for (zip_t *source : sources) {
                const zip_int64_t index = zip_name_locate(source, name.toUtf8().constData(), 0);
                if (index < 0)
                    continue;
                zip_source_t *copy = zip_source_zip(joined, source, zip_uint64_t(index), 0, 0, -1);
                if (!copy ||
                    zip_file_add(joined, name.toUtf8().constData(), copy, ZIP_FL_ENC_UTF_8) < 0) {
                    if (copy)
                        zip_source_free(copy);
                    const QString message = zipError(joined);
                    zip_discard(joined);
                    closeAll();
                    return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, message));
                }
            }
        }
        if (zip_close(joined) != 0) {
            const QString message = zipError(joined);
            zip_discard(joined);
            closeAll();
            return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, message));
        }
        closeAll();
    }
    m_entries.clear();
    // The finished archive takes the target's place in one rename.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return makeError(ErrorCode::Io, u"cannot replace %1"_s.arg(m_path));
    m_scratch.removeOne(partial);
    return {};
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

Status ZipReader::open(const QString &path, qint64 maxEntryBytes, qint64 maxTotalBytes)
{
    int error = 0;
    m_archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_archive)
        return makeError(ErrorCode::InvalidInput,
                         u"%1 is not a readable zip archive: %2"_s.arg(path, openError(error)));
    m_maxEntry = maxEntryBytes;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive, zip_uint64_t(i), 0, &stat) != 0)
            return makeError(ErrorCode::InvalidInput,
                             u"entry %1 of the archive cannot be read"_s.arg(i));
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeEntryName(name))
            return makeError(ErrorCode::InvalidInput,
                             u"the archive holds an unsafe path: %1"_s.arg(name));
        if ((stat.valid & ZIP_STAT_SIZE) == 0 || qint64(stat.size) > maxEntryBytes)
            return makeError(
                ErrorCode::TooLarge,
                u"the archive entry %1 is larger than %2 MB"_s.arg(name).arg(maxEntryBytes >> 20));
        total += qint64(stat.size);
        if (total > maxTotalBytes)
            return makeError(ErrorCode::TooLarge,
                             u"the archive unpacks to more than %1 MB"_s.arg(maxTotalBytes >> 20));
        m_entries.append(name);
    }
    return {};
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, name.toUtf8().constData(), ZIP_FL_ENC_GUESS, &stat) != 0)
        return makeError(ErrorCode::NotFound, u"the archive has no %1"_s.arg(name));
    const qint64 limit = qMin(maxBytes, m_maxEntry);
    if (qint64(stat.size) > limit)
        return makeError(ErrorCode::TooLarge,
                         u"%1 in the archive is larger than %2 MB"_s.arg(name).arg(limit >> 20));
    zip_file_t *file = zip_fopen(m_archive, name.toUtf8().constData(), 0);
    if (!file)
        return makeError(ErrorCode::InvalidInput,
                         u"cannot open %1 in the archive: %2"_s.arg(name, zipError(m_archive)));
    // Read at most the vetted size plus one byte: a header that lies about the size is caught.
    QByteArray bytes(qsizetype(qMin<qint64>(qint64(stat.size), limit)) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const zip_int64_t got =
            zip_fread(file, bytes.data() + filled, zip_uint64_t(bytes.size() - filled));
        if (got < 0) {
            zip_fclose(file);
            return makeError(ErrorCode::InvalidInput, u"%1 in the archive is damaged"_s.arg(name));
        }
        if (got == 0)
            break;
        filled += qsizetype(got);
    }
    zip_fclose(file);
    if (filled > qint64(stat.size))
        return makeError(ErrorCode::TooLarge,
                         u"%1 in the archive is larger than it claims"_s.arg(name));
    bytes.truncate(filled);
    return bytes;
}

} // namespace parallax
