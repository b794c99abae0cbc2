// Finding a REFI-QDA project's parts in its archive the way the writers name them: the one
// .qde at the root whatever its name (project.qde, Project.qde, <name>.qde), and the texts in
// sources/ or Sources/ (REFI-QDA 1.5 says "sources"; NVivo for Windows and older Parallax
// wrote "Sources"), referred to as internal://<file> or, not conformant but written, as a
// plain relative path.
#pragma once

#include "export/ziparchive.h"
#include "util/result.h"

#include <QHash>
#include <QString>

namespace parallax::qdpx {

class ArchiveIndex final
{
public:
    explicit ArchiveIndex(const ZipReader &zip);

    // The project XML's entry; an error naming what was found when there is none, or more
    // than one and none is project.qde.
    Result<QString> projectEntry(const QString &archivePath) const;

    // The entry a source's or note's plainTextPath names; empty when the archive does not
    // hold it. outside is set for a path to a file outside the project (absolute:// or
    // relative://), which is not looked for.
    QString textEntry(const QString &plainTextPath, bool *outside = nullptr) const;

    // The entry of this name in any case; empty when there is none.
    QString find(const QString &name) const;

private:
    QHash<QString, QString> m_byLowerName; // lower-cased entry name -> the entry
    QStringList m_rootQde;
};

} // namespace parallax::qdpx
