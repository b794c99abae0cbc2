// A thin layer over libzip: write an archive entry by entry to a temporary file that replaces
// the target only once it is complete (a large archive is compressed on two threads), and read one
// with every entry checked first (no paths that climb out of the archive, no entry bigger than a
// limit).
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

struct zip;

namespace parallax {

class ZipWriter final
{
public:
    ZipWriter() = default;
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    // Starts the archive; it appears at path only when commit() succeeds. Scratch files that
    // a killed export to the same path left behind are removed here.
    Status open(const QString &path);
    // compressionLevel 0 stores the entry as it is.
    Status add(const QString &name, QByteArray bytes, int compressionLevel = 1);
    Status commit();

private:
    struct Entry
    {
        QString name;
        QByteArray bytes;
        int level = 1;
    };
    // Writes entries into a new archive at path; the error, or empty.
    static QString writeArchive(const QString &path, const QList<const Entry *> &entries);

    QString m_path;
    QString m_folder;
    QList<Entry> m_entries;
    QStringList m_scratch; // temporary files to remove
};

class ZipReader final
{
public:
    ZipReader() = default;
    ~ZipReader();
    Q_DISABLE_COPY_MOVE(ZipReader)

    // Opens and vets the archive: any entry whose name is absolute or climbs out ("..") or
    // whose size exceeds maxEntryBytes, or a total over maxTotalBytes, refuses the whole file.
    Status open(const QString &path, qint64 maxEntryBytes, qint64 maxTotalBytes);
    const QStringList &entries() const { return m_entries; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    Result<QByteArray> read(const QString &name) const { return read(name, m_maxEntry); }
    // Fails with TooLarge, having read no more than maxBytes + 1, when the entry is larger.
    Result<QByteArray> read(const QString &name, qint64 maxBytes) const;

private:
    zip *m_archive = nullptr;
    QStringList m_entries;
    qint64 m_maxEntry = 0;
};

// Whether an entry name stays inside the archive's folder when extracted.
bool isSafeEntryName(const QString &name);

} // namespace parallax
