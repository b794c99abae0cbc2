// Stores annotations: quotations, speaker and place mentions, and coded passages.
#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace parallax {

class ChangeNotifier;
class Database;

class AnnotationStore final
{
public:
    explicit AnnotationStore(const Database &database);
    Q_DISABLE_COPY_MOVE(AnnotationStore)

    // Inserts with annotation.id when it is set (undo/redo restores the same id). The span is
    // UTF-16 offsets; exact must be exactly that many UTF-16 units long.
    Result<qint64> insert(const Annotation &annotation);
    Result<Annotation> get(qint64 id) const;
    Result<QList<Annotation>> forArticle(qint64 articleId, bool includeRejected = true) const;
    // The annotations of one kind in the given articles, rejected ones left out.
    Result<QList<Annotation>> ofKindIn(const QList<qint64> &articleIds, AnnotationKind kind) const;
    // The passages coded with a code.
    Result<QList<Annotation>> withCode(qint64 codeId) const;
    // The quotations a speaker mention credits.
    Result<QList<Annotation>> creditedBy(qint64 mentionId) const;
    // Rewrites every field but the id and article; updated_at becomes annotation.updatedAt
    // when it is set (undo puts the old time back), else now.
    Status update(const Annotation &annotation);
    Status setStatus(qint64 id, AnnotationStatus status);
    Status remove(qint64 id);
    // Deletes the article's auto annotations the user has not touched: still pending, and
    // not linked from a claim, a note or a kept annotation. Returns how many went.
    Result<int> removeReplaceableAuto(qint64 articleId);

private:
    Result<QList<Annotation>> where(const QString &column, qint64 id) const;
    static Status validate(const Annotation &annotation);

    QString m_connection;
    std::optional<QSqlQuery> m_insert;
};

} // namespace parallax
