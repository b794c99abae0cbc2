#include "storage/annotationstore.h"

#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

const QString kColumns = u"id, article_id, start, end, exact, prefix, suffix, kind, person_id, "
                         u"place_id, code_id, speaker_mention_id, origin, status, quote_class, "
                         u"truncated, metonym, confidence, rule_id, analyser_version, created_at, "
                         u"updated_at"_s;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = q.value(0).toLongLong();
    a.articleId = q.value(1).toLongLong();
    a.start = q.value(2).toLongLong();
    a.end = q.value(3).toLongLong();
    a.exact = q.value(4).toString();
    a.prefix = q.value(5).toString();
    a.suffix = q.value(6).toString();
    a.kind = annotationKindFromString(q.value(7).toString()).value_or(AnnotationKind::Code);
    a.personId = sql::optionalId(q.value(8));
    a.placeId = sql::optionalId(q.value(9));
    a.codeId = sql::optionalId(q.value(10));
    a.speakerMentionId = sql::optionalId(q.value(11));
    a.origin =
        annotationOriginFromString(q.value(12).toString()).value_or(AnnotationOrigin::Manual);
    a.status =
        annotationStatusFromString(q.value(13).toString()).value_or(AnnotationStatus::Pending);
    if (!q.value(14).isNull())
        a.quoteClass = quoteClassFromString(q.value(14).toString());
    a.truncated = q.value(15).toBool();
    a.metonym = q.value(16).toBool();
    if (!q.value(17).isNull())
        a.confidence = q.value(17).toDouble();
    a.ruleId = q.value(18).toString();
    if (!q.value(19).isNull())
        a.analyserVersion = q.value(19).toInt();
    a.createdAt = QDateTime::fromString(q.value(20).toString(), Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs);
    return a;
}

// Binds every column after id and article_id, in kColumns order, up to analyser_version.
void bindFields(QSqlQuery &q, const Annotation &a)
{
    q.addBindValue(a.start);
    q.addBindValue(a.end);
    q.addBindValue(sql::text(a.exact));
    q.addBindValue(sql::text(a.prefix));
    q.addBindValue(sql::text(a.suffix));
    q.addBindValue(storedName(a.kind));
    q.addBindValue(sql::orNull(a.personId));
    q.addBindValue(sql::orNull(a.placeId));
    q.addBindValue(sql::orNull(a.codeId));
    q.addBindValue(sql::orNull(a.speakerMentionId));
    q.addBindValue(storedName(a.origin));
    q.addBindValue(storedName(a.status));
    q.addBindValue(a.quoteClass ? QVariant(storedName(*a.quoteClass))
                                : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(a.truncated ? 1 : 0);
    q.addBindValue(a.metonym ? 1 : 0);
    q.addBindValue(sql::orNull(a.confidence));
    q.addBindValue(sql::textOrNull(a.ruleId));
    q.addBindValue(sql::orNull(a.analyserVersion));
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, u"no annotation with id %1"_s.arg(id));
}

} // namespace

AnnotationStore::AnnotationStore(const Database &database) : m_connection(database.connectionName())
{}

Status AnnotationStore::validate(const Annotation &a)
{
    if (a.start < 0 || a.end <= a.start)
        return makeError(ErrorCode::InvalidInput,
                         u"the span %1–%2 is empty or reversed"_s.arg(a.start).arg(a.end));
    if (a.exact.size() != a.end - a.start)
        return makeError(ErrorCode::InvalidInput,
                         u"the exact text does not fit the span %1–%2"_s.arg(a.start).arg(a.end));
    return {};
}

Result<qint64> AnnotationStore::insert(const Annotation &annotation)
{
    if (Status valid = validate(annotation); !valid)
        return valid.error();
    if (!m_insert) {
        auto prepared =
            sql::prepare(m_connection, u"INSERT INTO annotations(%1) VALUES "
                                       u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       u"?, ?, ?, ?, ?, ?) RETURNING id"_s.arg(kColumns));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(prepared).value();
    }
    QSqlQuery &q = *m_insert;
    q.addBindValue(annotation.id > 0 ? QVariant(annotation.id)
                                     : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(annotation.articleId);
    bindFields(q, annotation);
    const QString now = nowIso();
    q.addBindValue(annotation.createdAt.isValid()
                       ? annotation.createdAt.toUTC().toString(Qt::ISODateWithMs)
                       : now);
    q.addBindValue(annotation.updatedAt.isValid()
                       ? annotation.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                       : now);
    if (Status done = sql::exec(q, u"cannot store annotation"_s); !done)
        return done.error();
    if (!q.next())
        return makeError(ErrorCode::Sql, u"cannot store annotation"_s);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    recordChange(m_connection, [article = annotation.articleId](ChangeSet &c) {
        c.annotatedArticles.append(article);
    });
    return id;
}

Result<Annotation> AnnotationStore::get(qint64 id) const
{
    auto query =
        sql::prepare(m_connection, u"SELECT %1 FROM annotations WHERE id = ?"_s.arg(kColumns));
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read annotation"_s); !done)
        return done.error();
    if (!query->next())
        return notFound(id);
    return readAnnotation(*query);
}

Result<QList<Annotation>> AnnotationStore::forArticle(qint64 articleId, bool includeRejected) const
{
    auto query = sql::prepare(
        m_connection, u"SELECT %1 FROM annotations WHERE article_id = ? %2 "
                      u"ORDER BY start, end, id"_s.arg(
                          kColumns, includeRejected ? QString() : u"AND status <> 'rejected'"_s));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(articleId);
    if (Status done = sql::exec(*query, u"cannot list annotations"_s); !done)
        return done.error();
    QList<Annotation> annotations;
    while (query->next())
        annotations.append(readAnnotation(*query));
    return annotations;
}

Result<QList<Annotation>> AnnotationStore::ofKindIn(const QList<qint64> &articleIds,
                                                    AnnotationKind kind) const
{
    QList<Annotation> annotations;
    if (articleIds.isEmpty())
        return annotations;
    QStringList marks(articleIds.size(), u"?"_s);
    auto query = sql::prepare(
        m_connection,
        u"SELECT %1 FROM annotations WHERE kind = ? AND status <> 'rejected' "
        u"AND article_id IN (%2) ORDER BY article_id, start, id"_s.arg(kColumns, marks.join(u',')));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(storedName(kind));
    for (const qint64 id : articleIds)
        query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot list annotations"_s); !done)
        return done.error();
    while (query->next())
        annotations.append(readAnnotation(*query));
    return annotations;
}

Result<QList<Annotation>> AnnotationStore::withCode(qint64 codeId) const
{
    return where(u"code_id"_s, codeId);
}

Result<QList<Annotation>> AnnotationStore::creditedBy(qint64 mentionId) const
{
    return where(u"speaker_mention_id"_s, mentionId);
}

Result<QList<Annotation>> AnnotationStore::where(const QString &column, qint64 id) const
{
    auto query = sql::prepare(
        m_connection,
        u"SELECT %1 FROM annotations WHERE %2 = ? ORDER BY id"_s.arg(kColumns, column));
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot list annotations"_s); !done)
        return done.error();
    QList<Annotation> annotations;
    while (query->next())
        annotations.append(readAnnotation(*query));
    return annotations;
}

Status AnnotationStore::update(const Annotation &annotation)
{
    if (Status valid = validate(annotation); !valid)
        return valid;
    auto query = sql::prepare(m_connection, uR"(
        UPDATE annotations SET start = ?, end = ?, exact = ?, prefix = ?, suffix = ?, kind = ?,
            person_id = ?, place_id = ?, code_id = ?, speaker_mention_id = ?, origin = ?,
            status = ?, quote_class = ?, truncated = ?, metonym = ?, confidence = ?, rule_id = ?,
            analyser_version = ?, updated_at = ?
        WHERE id = ?)"_s);
    if (!query)
        return query.error();
    bindFields(*query, annotation);
    query->addBindValue(annotation.updatedAt.isValid()
                            ? annotation.updatedAt.toUTC().toString(Qt::ISODateWithMs)
                            : nowIso());
    query->addBindValue(annotation.id);
    if (Status done = sql::exec(*query, u"cannot update annotation"_s); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return notFound(annotation.id);
    recordChange(m_connection, [article = annotation.articleId](ChangeSet &c) {
        c.annotatedArticles.append(article);
    });
    return {};
}

Status AnnotationStore::setStatus(qint64 id, AnnotationStatus status)
{
    auto query = sql::prepare(m_connection, uR"(
        UPDATE annotations SET status = ?, updated_at = ? WHERE id = ? RETURNING article_id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(storedName(status));
    query->addBindValue(nowIso());
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot update annotation"_s); !done)
        return done;
    if (!query->next())
        return notFound(id);
    recordChange(m_connection, [article = query->value(0).toLongLong()](ChangeSet &c) {
        c.annotatedArticles.append(article);
    });
    return {};
}

Status AnnotationStore::remove(qint64 id)
{
    auto query =
        sql::prepare(m_connection, u"DELETE FROM annotations WHERE id = ? RETURNING article_id"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove annotation"_s); !done)
        return done;
    if (!query->next())
        return notFound(id);
    recordChange(m_connection, [article = query->value(0).toLongLong()](ChangeSet &c) {
        // The passage's claim appearances and notes go with it.
        c.annotatedArticles.append(article);
        c.claims = c.notes = true;
    });
    return {};
}

Result<int> AnnotationStore::removeReplaceableAuto(qint64 articleId)
{
    auto query = sql::prepare(m_connection, uR"(
        DELETE FROM annotations
        WHERE article_id = ? AND origin = 'auto' AND status = 'pending'
          AND id NOT IN (SELECT annotation_id FROM claim_appearances)
          AND id NOT IN (SELECT annotation_id FROM notes WHERE annotation_id IS NOT NULL)
          AND id NOT IN (SELECT speaker_mention_id FROM annotations
                         WHERE article_id = ? AND speaker_mention_id IS NOT NULL
                           AND (origin = 'manual' OR status <> 'pending')))"_s);
    if (!query)
        return query.error();
    query->addBindValue(articleId);
    query->addBindValue(articleId);
    if (Status done = sql::exec(*query, u"cannot remove auto annotations"_s); !done)
        return done.error();
    const int removed = query->numRowsAffected();
    if (removed > 0)
        recordChange(m_connection,
                     [article = articleId](ChangeSet &c) { c.annotatedArticles.append(article); });
    return removed;
}

} // namespace parallax
