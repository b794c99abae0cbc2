#include "storage/facetstore.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// The annotation column and kinds that tie an annotation to a facet value.
QString annotationFilter(FacetKind kind)
{
    switch (kind) {
    case FacetKind::Speaker:
        return u"person_id = ? AND kind IN ('quote', 'speaker')"_s;
    case FacetKind::Place:
        return u"place_id = ? AND kind = 'place'"_s;
    case FacetKind::Code:
        return u"code_id = ? AND kind = 'code'"_s;
    case FacetKind::Outlet:
        break;
    }
    return {};
}

} // namespace

FacetStore::FacetStore(const Database &database) : m_connection(database.connectionName()) {}

Result<QList<FacetValue>> FacetStore::values(FacetKind kind) const
{
    QString statement;
    switch (kind) {
    case FacetKind::Outlet:
        statement = uR"(SELECT o.id, o.name, count(a.id) FROM outlets o
                        JOIN articles a ON a.outlet_id = o.id GROUP BY o.id)"_s;
        break;
    case FacetKind::Speaker:
        statement = uR"(SELECT p.id, p.name, c.n FROM people p JOIN
                        (SELECT person_id, count(DISTINCT article_id) AS n FROM annotations
                         WHERE person_id IS NOT NULL AND kind = 'quote' AND status <> 'rejected'
                         GROUP BY person_id) c ON c.person_id = p.id)"_s;
        break;
    case FacetKind::Place:
        statement = uR"(SELECT p.id, p.name, c.n FROM places p JOIN
                        (SELECT place_id, count(DISTINCT article_id) AS n FROM annotations
                         WHERE place_id IS NOT NULL AND status <> 'rejected'
                         GROUP BY place_id) c ON c.place_id = p.id)"_s;
        break;
    case FacetKind::Code:
        statement = uR"(SELECT k.id, k.name, c.n FROM codes k JOIN
                        (SELECT code_id, count(DISTINCT article_id) AS n FROM annotations
                         WHERE code_id IS NOT NULL AND status <> 'rejected'
                         GROUP BY code_id) c ON c.code_id = k.id)"_s;
        break;
    }
    auto query = sql::prepare(m_connection, statement + u" ORDER BY 3 DESC, 2"_s);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    if (Status done = sql::exec(*query, u"cannot list filter values"_s); !done)
        return done.error();
    QList<FacetValue> values;
    while (query->next())
        values.append(
            {query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt()});
    return values;
}

Result<QSet<qint64>> FacetStore::articlesWith(FacetKind kind, qint64 id) const
{
    const QString statement =
        kind == FacetKind::Outlet
            ? u"SELECT id FROM articles WHERE outlet_id = ?"_s
            : u"SELECT DISTINCT article_id FROM annotations WHERE status <> 'rejected' AND "_s +
                  annotationFilter(kind);
    auto query = sql::prepare(m_connection, statement);
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot filter articles"_s); !done)
        return done.error();
    QSet<qint64> ids;
    while (query->next())
        ids.insert(query->value(0).toLongLong());
    return ids;
}

Result<QList<MentionHit>> FacetStore::mentionsOf(FacetKind kind, qint64 id, int limit) const
{
    if (kind == FacetKind::Outlet)
        return Error{ErrorCode::InvalidInput, u"outlets have no mentions"_s};
    auto query = sql::prepare(m_connection, uR"(
        SELECT n.id, n.article_id, a.title, o.name, a.published, n.exact, n.prefix, n.suffix,
               n.start, n.end
        FROM annotations n JOIN articles a ON a.id = n.article_id
        LEFT JOIN outlets o ON o.id = a.outlet_id
        WHERE n.status <> 'rejected' AND n.%1
        ORDER BY n.article_id DESC, n.start LIMIT ?)"_s.arg(annotationFilter(kind)));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(id);
    query->addBindValue(limit);
    if (Status done = sql::exec(*query, u"cannot list mentions"_s); !done)
        return done.error();
    QList<MentionHit> hits;
    while (query->next()) {
        MentionHit hit;
        hit.annotationId = query->value(0).toLongLong();
        hit.articleId = query->value(1).toLongLong();
        hit.articleTitle = query->value(2).toString();
        hit.outletName = query->value(3).toString();
        hit.published = query->value(4).toString();
        hit.exact = query->value(5).toString();
        hit.prefix = query->value(6).toString();
        hit.suffix = query->value(7).toString();
        hit.start = query->value(8).toLongLong();
        hit.end = query->value(9).toLongLong();
        hits.append(std::move(hit));
    }
    return hits;
}

Result<QList<Spelling>> FacetStore::spellingsOf(FacetKind kind, qint64 id) const
{
    if (kind != FacetKind::Place && kind != FacetKind::Speaker)
        return QList<Spelling>();
    const QString filter = kind == FacetKind::Place ? u"place_id = ? AND kind = 'place'"_s
                                                    : u"person_id = ? AND kind = 'speaker'"_s;
    auto query = sql::prepare(m_connection,
                              u"SELECT exact, count(*) FROM annotations WHERE status <> 'rejected' "
                              u"AND %1 GROUP BY exact ORDER BY 2 DESC, 1 LIMIT 20"_s.arg(filter));
    if (!query)
        return query.error();
    query->setForwardOnly(true);
    query->addBindValue(id);
    if (Status done = sql::exec(*query, u"cannot list spellings"_s); !done)
        return done.error();
    QList<Spelling> spellings;
    while (query->next())
        spellings.append({query->value(0).toString(), query->value(1).toInt()});
    return spellings;
}

} // namespace parallax
