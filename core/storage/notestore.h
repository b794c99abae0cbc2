// Stores notes on articles, passages, claims and codes, with their own full-text index.
#pragma once

#include "domain/codebook.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace parallax {

class ChangeNotifier;
class Database;

class NoteStore final
{
public:
    explicit NoteStore(const Database &database);

    // Inserts with note.id when it is set (undo/redo restores the same id), else a new id.
    Result<qint64> create(const Note &note);
    Result<Note> get(qint64 id) const;
    Result<QList<Note>> forTarget(NoteTarget target, qint64 targetId) const;
    // The notes on an article and on any of its passages.
    Result<QList<Note>> forArticleAndPassages(qint64 articleId) const;
    // updatedAt when given (undo puts the old time back), else now.
    Status setBody(qint64 id, const QString &body, const QDateTime &updatedAt = {});
    Status remove(qint64 id);
    // Notes whose text matches, best first.
    Result<QList<Note>> search(const QString &userQuery, int limit) const;

private:
    Result<QList<Note>> notesWhere(const QString &condition, const QVariantList &values) const;
    QString m_connection;
};

} // namespace parallax
