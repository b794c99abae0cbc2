// A REFI-QDA project as read from project.qde: the parts Parallax takes in. The reader never
// resolves entities: a document with a DTD is refused outright.
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::qdpx {

struct CodeNode
{
    QString guid;
    QString name;
    QString color;
    QString description;
    QString parentGuid;
    QStringList noteRefs;
};

struct Selection
{
    QString guid;
    qint64 start = 0; // code points
    qint64 end = 0;
    QStringList codeRefs;
    QStringList noteRefs;
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
    QHash<QString, QString> variables; // variable GUID -> text value
};

struct NoteText
{
    QString guid;
    QString text;
    QString plainTextPath;
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
    QList<CodeNode> codes;                 // parents before children
    QHash<QString, QString> variableNames; // GUID -> name
    QList<Source> sources;
    QList<NoteText> notes;
    QList<Link> links;
    QList<Set> sets;
};

Result<Project> parseProject(const QByteArray &xml);

} // namespace parallax::qdpx
