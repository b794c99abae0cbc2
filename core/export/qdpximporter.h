// The work of importQdpx (qdpximport.h) on one parsed project: codes first, then each text
// source with its selections and memos, then the notes nobody refers to, code memos and
// claims. Internal to the export module.
#pragma once

#include "domain/annotation.h"
#include "domain/codebook.h"
#include "domain/registry.h"
#include "export/qdpxarchive.h"
#include "export/qdpxattributes.h"
#include "export/qdpximport.h"
#include "export/qdpxpositions.h"
#include "export/qdpxproject.h"

#include <QHash>
#include <QSet>
#include <atomic>

namespace parallax {

class Database;

namespace qdpx {

class ProjectImporter final
{
public:
    ProjectImporter(const Database &library, const Project &project, const ZipReader &zip,
                    const QdpxLimits &limits, const std::atomic<bool> *cancelled);

    Result<QdpxImportReport> run();

private:
    // What a code of the project stands for in the library.
    struct CodeTarget
    {
        AnnotationKind kind = AnnotationKind::Code;
        std::optional<qint64> codeId;
        std::optional<qint64> personId;
        std::optional<qint64> placeId;
    };

    // The text an entry or inline content holds, or why it cannot be had (the item is then
    // skipped); a read failure of the archive itself is an error.
    Result<std::optional<QString>> textOf(const QString &what, const QString &plainTextPath,
                                          const QString *inlineText, QString *why) const;
    Status importSource(const Source &source, const QString &text, bool sameTextSeen);
    Status importSelection(qint64 articleId, const QString &body, const Selection &selection,
                           std::pair<qsizetype, qsizetype> span, QHash<QString, qint64> &present);
    // The source's notes: on a span of its text (an annotation) or on the whole source.
    Status importSourceNotes(const Source &source, qint64 articleId, const SourceText &text,
                             PositionReading reading, QHash<QString, qint64> &present);
    Result<qint64> passageFor(qint64 articleId, const QString &body,
                              std::pair<qsizetype, qsizetype> span,
                              QHash<QString, qint64> &present);
    Status importUnreferencedNotes();
    // Credits each quotation to the speaker mention its attributes name.
    Status linkSpeakerMentions();
    // Adds the aliases (and a person's kind and description) the attributes give.
    Status mergeRegistry();

    // qdpximportcodes.cpp
    Status mapCodes();
    Result<qint64> personNamed(const QString &name);
    Result<qint64> placeNamed(const QString &name, PlaceKind kind);
    // A code of the library made for what the project holds without a code: the spans its
    // annotations are about, and its memos on nothing in particular.
    Result<qint64> helperCode(const QString &name, const QString &description);
    Status importCodeNotes();
    Status importClaims();
    Status addNote(NoteTarget target, qint64 id, const QString &body);
    void countNotTaken();
    void skip(const QString &what);

    const Database &m_library;
    const Project &m_project;
    const ZipReader &m_zip;
    const ArchiveIndex m_index;
    const QdpxLimits &m_limits;
    const std::atomic<bool> *m_cancelled = nullptr;
    QdpxImportReport m_report;
    QHash<QString, CodeTarget> m_codes; // project code GUID -> what it stands for
    QHash<QString, qint64> m_userCodes; // project code GUID -> library code
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_places;     // "name|kind" -> place
    QHash<QString, QString> m_noteTexts; // note GUID -> text
    QSet<QString> m_referencedNotes;     // notes something refers to
    QHash<QString, qint64> m_selections; // selection GUID -> its first passage
    QHash<QString, const NoteText *> m_noteOfGuid;
    QHash<QString, qint64> m_helperCodes;
    ProjectAttributes m_attributes; // qdpxattributes.h
    int m_claimSets = 0;            // sets that are claims, and links
    int m_claimLinks = 0;           // from them to their passages
};

} // namespace qdpx
} // namespace parallax
