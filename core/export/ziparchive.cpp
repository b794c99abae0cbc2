#include "export/ziparchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <zip.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString zipError(zip_t *archive)
{
    return QString::fromUtf8(zip_strerror(archive));
}

} // namespace

bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u'\\')
        || (name.size() > 1 && name.at(1) == u':') || name.contains(QChar(0)))
        return false;
    for (const QString &part : name.split(u'/'))
        if (part == u".."_s)
            return false;
    return true;
}

ZipWriter::~ZipWriter()
{
    if (m_archive)
        zip_discard(m_archive);
    if (!m_partial.isEmpty())
        QFile::remove(m_partial);
}

Status ZipWriter::open(const QString &path)
{
    m_path = path;
    const QFileInfo target(path);
    if (!target.dir().exists())
        return makeError(ErrorCode::Io, u"the folder %1 does not exist"_s.arg(target.dir().path()));
    m_partial = target.dir().filePath(u".%1.%2.part"_s.arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    int error = 0;
    m_archive = zip_open(QFile::encodeName(m_partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!m_archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const QString message = QString::fromUtf8(zip_error_strerror(&details));
        zip_error_fini(&details);
        return makeError(ErrorCode::Io, u"cannot create %1: %2"_s.arg(path, message));
    }
    return {};
}

Status ZipWriter::add(const QString &name, QByteArray bytes, int compressionLevel)
{
    m_buffers.push_back(std::move(bytes));
    const QByteArray &kept = m_buffers.back();
    zip_source_t *source = zip_source_buffer(m_archive, kept.constData(), zip_uint64_t(kept.size()), 0);
    if (!source)
        return makeError(ErrorCode::Io, u"cannot add %1: %2"_s.arg(name, zipError(m_archive)));
    const zip_int64_t index = zip_file_add(m_archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return makeError(ErrorCode::Io, u"cannot add %1: %2"_s.arg(name, zipError(m_archive)));
    }
    const bool stored = compressionLevel <= 0;
    if (zip_set_file_compression(m_archive, zip_uint64_t(index), stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 stored ? 0 : zip_uint32_t(compressionLevel)) != 0)
        return makeError(ErrorCode::Io, u"cannot compress %1: %2"_s.arg(name, zipError(m_archive)));
    return {};
}

Status ZipWriter::commit()
{
    if (zip_close(m_archive) != 0) {
        const QString message = zipError(m_archive);
        zip_discard(m_archive);
        m_archive = nullptr;
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(m_path, message));
    }
    m_archive = nullptr;
    m_buffers.clear();
    // The finished archive takes the target's place in one rename.
    if (std::rename(QFile::encodeName(m_partial).constData(), QFile::encodeName(m_path).constData()) != 0)
        return makeError(ErrorCode::Io, u"cannot replace %1"_s.arg(m_path));
    m_partial.clear();
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
    if (!m_archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const QString message = QString::fromUtf8(zip_error_strerror(&details));
        zip_error_fini(&details);
        return makeError(ErrorCode::InvalidInput, u"%1 is not a readable zip archive: %2"_s.arg(path, message));
    }
    m_maxEntry = maxEntryBytes;
    const zip_int64_t count = zip_get_num_entries(m_archive, 0);
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive, zip_uint64_t(i), 0, &stat) != 0)
            return makeError(ErrorCode::InvalidInput, u"entry %1 of the archive cannot be read"_s.arg(i));
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeEntryName(name))
            return makeError(ErrorCode::InvalidInput, u"the archive holds an unsafe path: %1"_s.arg(name));
        if ((stat.valid & ZIP_STAT_SIZE) == 0 || qint64(stat.size) > maxEntryBytes)
            return makeError(ErrorCode::TooLarge,
                             u"the archive entry %1 is larger than %2 MB"_s.arg(name).arg(maxEntryBytes >> 20));
        total += qint64(stat.size);
        if (total > maxTotalBytes)
            return makeError(ErrorCode::TooLarge, u"the archive unpacks to more than %1 MB"_s.arg(maxTotalBytes >> 20));
        m_entries.append(name);
    }
    return {};
}

Result<QByteArray> ZipReader::read(const QString &name) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, name.toUtf8().constData(), ZIP_FL_ENC_GUESS, &stat) != 0)
        return makeError(ErrorCode::NotFound, u"the archive has no %1"_s.arg(name));
    zip_file_t *file = zip_fopen(m_archive, name.toUtf8().constData(), 0);
    if (!file)
        return makeError(ErrorCode::InvalidInput, u"cannot open %1 in the archive: %2"_s.arg(name, zipError(m_archive)));
    // Read at most the vetted size plus one byte: a header that lies about the size is caught.
    QByteArray bytes(qsizetype(qMin<qint64>(qint64(stat.size), m_maxEntry)) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const zip_int64_t got = zip_fread(file, bytes.data() + filled, zip_uint64_t(bytes.size() - filled));
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
        return makeError(ErrorCode::TooLarge, u"%1 in the archive is larger than it claims"_s.arg(name));
    bytes.truncate(filled);
    return bytes;
}

} // namespace parallax
