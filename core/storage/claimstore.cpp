#include "storage/claimstore.h"

#include "storage/changenotifier.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

Claim readClaim(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.statement = q.value(1).toString();
    c.personId = sql::optionalId(q.value(2));
    c.claimDate = q.value(3).toString();
    c.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return c;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Status expectOneRow(const QSqlQuery &query, const QString &what, qint64 id)
{
    if (query.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no %1 with id %2"_s.arg(what).arg(id));
    return {};
}

} // namespace

ClaimStore::ClaimStore(const Database &database) : m_connection(database.connectionName()) {}

Result<qint64> ClaimStore::create(const Claim &claim)
{
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO claims(id, statement, person_id, claim_date, created_at)
        VALUES (?, ?, ?, ?, ?) RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(idOrNull(claim.id));
    query->addBindValue(claim.statement.trimmed());
    query->addBindValue(sql::orNull(claim.personId));
    query->addBindValue(sql::textOrNull(claim.claimDate));
    query->addBindValue(
        (claim.createdAt.isValid() ? claim.createdAt : QDateTime::currentDateTimeUtc())
            .toUTC()
            .toString(Qt::ISODateWithMs));
    if (Status done = sql::exec(*query, u"cannot store claim"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot store claim"_s);
    const qint64 id = query->value(0).toLongLong();
    recordChange(m_connection, [](ChangeSet &c) { c.claims = true; });
    return id;
}

Result<Claim> ClaimStore::get(qint64 id) const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT id, statement, person_id, claim_date, created_at FROM claims WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot read claim"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, u"no claim with id %1"_s.arg(id));
    return readClaim(*query);
}

Result<QList<Claim>> ClaimStore::list() const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT id, statement, person_id, claim_date, created_at FROM claims ORDER BY id)"_s);
    if (!query)
        return query.error();
    if (Status done = sql::exec(*query, u"cannot list claims"_s); !done)
        return done.error();
    QList<Claim> claims;
    while (query->next())
        claims.append(readClaim(*query));
    return claims;
}

Status ClaimStore::update(const Claim &claim)
{
    auto query = sql::prepare(m_connection, uR"(
        UPDATE claims SET statement = ?, person_id = ?, claim_date = ? WHERE id = ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(claim.statement.trimmed());
    query->addBindValue(sql::orNull(claim.personId));
    query->addBindValue(sql::textOrNull(claim.claimDate));
    query->addBindValue(claim.id);
    if (Status done = sql::exec(*query, u"cannot update claim"_s); !done)
        return done;
    if (Status found = expectOneRow(*query, u"claim"_s, claim.id); !found)
        return found;
    recordChange(m_connection, [](ChangeSet &c) { c.claims = true; });
    return {};
}

Status ClaimStore::remove(qint64 id)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM claims WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot remove claim"_s); !done)
        return done;
    if (Status found = expectOneRow(*query, u"claim"_s, id); !found)
        return found;
    recordChange(m_connection,
                 [](ChangeSet &c) { c.claims = c.notes = true; }); // its notes go with it
    return {};
}

Result<qint64> ClaimStore::addAppearance(const ClaimAppearance &appearance)
{
    auto query = sql::prepare(m_connection, uR"(
        INSERT INTO claim_appearances(id, claim_id, annotation_id, type) VALUES (?, ?, ?, ?)
        RETURNING id)"_s);
    if (!query)
        return query.error();
    query->addBindValue(idOrNull(appearance.id));
    query->addBindValue(appearance.claimId);
    query->addBindValue(appearance.annotationId);
    query->addBindValue(storedName(appearance.type));
    if (Status done = sql::exec(*query, u"cannot link passage to claim"_s); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Sql, u"cannot link passage to claim"_s);
    const qint64 id = query->value(0).toLongLong();
    recordChange(m_connection, [](ChangeSet &c) { c.claims = true; });
    return id;
}

Status ClaimStore::setAppearanceType(qint64 appearanceId, AppearanceType type)
{
    auto query =
        sql::prepare(m_connection, u"UPDATE claim_appearances SET type = ? WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(storedName(type));
    query->addBindValue(appearanceId);
    if (Status done = sql::exec(*query, u"cannot update appearance"_s); !done)
        return done;
    if (Status found = expectOneRow(*query, u"appearance"_s, appearanceId); !found)
        return found;
    recordChange(m_connection, [](ChangeSet &c) { c.claims = true; });
    return {};
}

Status ClaimStore::removeAppearance(qint64 appearanceId)
{
    auto query = sql::prepare(m_connection, u"DELETE FROM claim_appearances WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->addBindValue(appearanceId);
    if (Status done = sql::exec(*query, u"cannot remove appearance"_s); !done)
        return done;
    if (Status found = expectOneRow(*query, u"appearance"_s, appearanceId); !found)
        return found;
    recordChange(m_connection, [](ChangeSet &c) { c.claims = true; });
    return {};
}

Result<QList<ClaimAppearance>> ClaimStore::appearances(qint64 claimId) const
{
    return appearancesWhere(u"claim_id"_s, claimId);
}

Result<QList<AppearanceDetail>> ClaimStore::appearanceDetails() const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT ca.id, ca.claim_id, ca.annotation_id, ca.type, a.id, a.title, o.name, a.published, n.exact
        FROM claim_appearances ca
        JOIN annotations n ON n.id = ca.annotation_id
        JOIN articles a ON a.id = n.article_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        ORDER BY ca.claim_id, a.published, ca.id)"_s);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (Status done = sql::exec(*query, u"cannot list appearances"_s); !done)
        return done.error();
    QList<AppearanceDetail> details;
    while (query->next()) {
        AppearanceDetail d;
        d.appearance = {query->value(0).toLongLong(), query->value(1).toLongLong(),
                        query->value(2).toLongLong(),
                        appearanceTypeFromString(query->value(3).toString())
                            .value_or(AppearanceType::Verbatim)};
        d.articleId = query->value(4).toLongLong();
        d.articleTitle = query->value(5).toString();
        d.outletName = query->value(6).toString();
        d.published = query->value(7).toString();
        d.exact = query->value(8).toString();
        details.append(std::move(d));
    }
    return details;
}

Result<ClaimAppearance> ClaimStore::appearance(qint64 appearanceId) const
{
    auto found = appearancesWhere(u"id"_s, appearanceId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, u"no appearance with id %1"_s.arg(appearanceId));
    return found->constFirst();
}

Result<QList<ClaimAppearance>> ClaimStore::appearancesOfPassage(qint64 annotationId) const
{
    return appearancesWhere(u"annotation_id"_s, annotationId);
}

Result<QList<ClaimAppearance>> ClaimStore::appearancesWhere(const QString &column, qint64 id) const
{
    auto query = sql::prepare(m_connection, uR"(
        SELECT id, claim_id, annotation_id, type FROM claim_appearances
        WHERE %1 = ? ORDER BY id)"_s.arg(column));
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot list appearances"_s); !done)
        return done.error();
    QList<ClaimAppearance> result;
    while (query->next())
        result.append(ClaimAppearance{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                      query->value(2).toLongLong(),
                                      appearanceTypeFromString(query->value(3).toString())
                                          .value_or(AppearanceType::Verbatim)});
    return result;
}

} // namespace parallax
