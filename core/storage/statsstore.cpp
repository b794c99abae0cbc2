#include "storage/statsstore.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace parallax {

StatsStore::StatsStore(const Database &database) : m_connection(database.connectionName()) {}

Result<LibraryStats> StatsStore::read() const
{
    LibraryStats stats;
    auto counts = sql::prepare(m_connection, uR"(
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM outlets),
               (SELECT count(*) FROM people), (SELECT count(*) FROM places),
               (SELECT count(*) FROM codes), (SELECT count(*) FROM claims),
               (SELECT count(*) FROM notes),
               (SELECT count(*) FROM annotations WHERE kind = 'quote' AND status <> 'rejected'),
               (SELECT count(*) FROM annotations WHERE kind = 'speaker' AND status <> 'rejected'),
               (SELECT count(*) FROM annotations WHERE kind = 'place' AND status <> 'rejected'),
               (SELECT count(*) FROM annotations WHERE kind = 'code'),
               (SELECT min(published) FROM articles), (SELECT max(published) FROM articles))"_s);
    if (!counts)
        return counts.error();
    if (Status done = sql::exec(*counts, u"cannot read library statistics"_s); !done)
        return done.error();
    if (counts->next()) {
        qint64 *fields[] = {&stats.articles,      &stats.outlets, &stats.people,
                            &stats.places,        &stats.codes,   &stats.claims,
                            &stats.notes,         &stats.quotes,  &stats.speakerMentions,
                            &stats.placeMentions, &stats.codings};
        for (int i = 0; i < 11; ++i)
            *fields[i] = counts->value(i).toLongLong();
        stats.firstPublished = counts->value(11).toString();
        stats.lastPublished = counts->value(12).toString();
    }

    const auto breakdown =
        [this](const QString &statement) -> Result<QList<QPair<QString, qint64>>> {
        auto query = sql::prepare(m_connection, statement);
        if (!query)
            return query.error();
        if (Status done = sql::exec(*query, u"cannot read library statistics"_s); !done)
            return done.error();
        QList<QPair<QString, qint64>> rows;
        while (query->next())
            rows.append({query->value(0).toString(), query->value(1).toLongLong()});
        return rows;
    };
    auto languages = breakdown(uR"(SELECT coalesce(language, ''), count(*) AS n FROM articles
                                   GROUP BY 1 ORDER BY n DESC, 1)"_s);
    if (!languages)
        return languages.error();
    stats.articlesByLanguage = *languages;
    auto outlets = breakdown(uR"(SELECT coalesce(o.name, ''), count(*) AS n FROM articles a
                                 LEFT JOIN outlets o ON o.id = a.outlet_id
                                 GROUP BY 1 ORDER BY n DESC, 1)"_s);
    if (!outlets)
        return outlets.error();
    stats.articlesByOutlet = *outlets;

    const Result<int> version = Migrations::currentVersion(m_connection);
    if (!version)
        return version.error();
    stats.schemaVersion = *version;
    return stats;
}

} // namespace parallax
