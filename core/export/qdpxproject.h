// A REFI-QDA project as read from project.qde: the parts Parallax takes in. The reader never
// resolves entities: a document with a DTD is refused outright.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace parallax::qdpx {

struct CodeNode
{
    QString guid;
    QString name;
    QString color;
    QString description;
    QString parentGuid;
    QStringList noteRefs;
    bool codable = true; // false for a category, which groups codes and codes nothing
};

struct Selection
{
    QString guid;
    QString name;     // QualCoder writes the selected text, ATLAS.ti its beginning, NVivo nothing
    qint64 start = 0; // as the writer counts (qdpxpositions.h)
    qint64 end = 0;
    bool positionsValid = true;
    QStringList codeRefs;
    QStringList noteRefs;
    QString description; // a memo on the selection (QualCoder, ATLAS.ti)
};

struct Source
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
    bool hasContent = false;
    QList<Selection> selections;
    QStringList noteRefs;
    QString description;               // a memo on the source
    QHash<QString, QString> variables; // variable GUID -> text value
};

struct NoteText
{
    QString guid;
    QString name;
    QString text;
    QString plainTextPath;
    std::optional<Selection> span; // an annotation: the note is about this part of a text
};

struct Link
{
    QString name;
    QString originGuid;
    QString targetGuid;
};

struct Set
{
    QString guid;
    QString name;
    QString description;
    QStringList memberNotes;
};

struct Project
{
    QString origin;                        // the writing program, as it names itself
    QList<CodeNode> codes;                 // parents before children
    QHash<QString, QString> variableNames; // GUID -> name
    QList<Source> sources;
    QList<NoteText> notes;
    QList<Link> links;
    QList<Set> sets;
    int graphs = 0;
    int cases = 0;
    int variableValues = 0;
    QHash<QString, int> otherSources; // element name ("PDFSource") -> count
};

Result<Project> parseProject(const QByteArray &xml);

} // namespace parallax::qdpx
