#include "export/qdpxarchive.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {

ArchiveIndex::ArchiveIndex(const ZipReader &zip)
{
    for (const QString &entry : zip.entries()) {
        m_byLowerName.insert(entry.toLower(), entry);
        if (!entry.contains(u'/') && entry.endsWith(u".qde"_s, Qt::CaseInsensitive))
            m_rootQde.append(entry);
    }
}

QString ArchiveIndex::find(const QString &name) const
{
    return m_byLowerName.value(name.toLower());
}

Result<QString> ArchiveIndex::projectEntry(const QString &archivePath) const
{
    if (m_rootQde.size() == 1)
        return m_rootQde.constFirst();
    if (const QString standard = find(u"project.qde"_s); !standard.isEmpty())
        return standard;
    if (m_rootQde.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            u"%1 has no .qde file at its root: it is not a REFI-QDA project"_s.arg(archivePath));
    return makeError(ErrorCode::InvalidInput,
                     u"%1 has %2 .qde files at its root (%3) and none is project.qde"_s.arg(
                         archivePath, QString::number(m_rootQde.size()), m_rootQde.join(u", "_s)));
}

QString ArchiveIndex::textEntry(const QString &plainTextPath, bool *outside) const
{
    if (outside)
        *outside = false;
    QString path = plainTextPath.trimmed();
    if (path.startsWith(u"internal://"_s, Qt::CaseInsensitive)) {
        path = path.mid(11);
    } else if (path.startsWith(u"absolute://"_s, Qt::CaseInsensitive) ||
               path.startsWith(u"relative://"_s, Qt::CaseInsensitive) || path.contains(u"://"_s)) {
        if (outside)
            *outside = true;
        return {};
    }
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    // As written, then percent-decoded (a name with spaces written as a URL).
    const QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    for (const QString &name : {path, decoded})
        for (const QString &candidate : {QString(u"sources/"_s + name), name})
            if (const QString entry = find(candidate); !entry.isEmpty())
                return entry;
    return {};
}

} // namespace parallax::qdpx
