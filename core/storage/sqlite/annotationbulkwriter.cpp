#include "storage/sqlite/annotationbulkwriter.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/sqlite/nativehandle.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    // The library is UTF-8: converting here saves SQLite a conversion and a copy.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// Enum names and rule ids come from small fixed sets: their UTF-8 is made once.
void bindName(sqlite3_stmt *statement, int index, const QString &name,
              QHash<QString, QByteArray> &cache)
{
    auto it = cache.constFind(name);
    if (it == cache.cend())
        it = cache.insert(name, name.toUtf8());
    sqlite3_bind_text(statement, index, it->constData(), int(it->size()), SQLITE_STATIC);
}

void bindId(sqlite3_stmt *statement, int index, const std::optional<qint64> &id)
{
    if (id)
        sqlite3_bind_int64(statement, index, *id);
    else
        sqlite3_bind_null(statement, index);
}

constexpr const char *kInsert =
    "INSERT INTO annotations(article_id, start, end, exact, prefix, suffix, kind, "
    "person_id, place_id, code_id, speaker_mention_id, origin, status, quote_class, "
    "truncated, metonym, confidence, rule_id, analyser_version, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
    "?17, ?18, ?19, ?20, ?20)";
// Qt counts each ? as a value of its own.
constexpr const char *kInsertThroughQt =
    "INSERT INTO annotations(article_id, start, end, exact, prefix, suffix, kind, "
    "person_id, place_id, code_id, speaker_mention_id, origin, status, quote_class, "
    "truncated, metonym, confidence, rule_id, analyser_version, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

} // namespace

AnnotationBulkWriter::AnnotationBulkWriter(const Database &database)
    : m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
{
    m_db = sqlite::nativeHandle(database.connectionName());
    if (!m_db) {
        // The same statement through Qt, when its SQLite is not the one linked here.
        auto query = sql::prepare(database.connectionName(), QString::fromUtf8(kInsertThroughQt));
        if (query)
            m_fallback = std::make_unique<QSqlQuery>(std::move(query).value());
        else
            m_error = query.error().message;
        return;
    }
    if (sqlite3_prepare_v3(m_db, kInsert, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) !=
        SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

AnnotationBulkWriter::~AnnotationBulkWriter()
{
    sqlite3_finalize(m_insert);
}

Result<qint64> AnnotationBulkWriter::insert(const Annotation &a)
{
    if (!m_insert && !m_fallback)
        return makeError(ErrorCode::Sql, u"cannot store annotations: %1"_s.arg(m_error));
    if (a.start < 0 || a.end <= a.start || a.exact.size() != a.end - a.start)
        return makeError(ErrorCode::InvalidInput,
                         u"the exact text does not fit the span %1–%2"_s.arg(a.start).arg(a.end));
    if (m_fallback)
        return insertThroughQt(a);
    sqlite3_stmt *s = m_insert;
    sqlite3_bind_int64(s, 1, a.articleId);
    sqlite3_bind_int64(s, 2, a.start);
    sqlite3_bind_int64(s, 3, a.end);
    bindText(s, 4, a.exact);
    bindText(s, 5, a.prefix);
    bindText(s, 6, a.suffix);
    bindName(s, 7, storedName(a.kind), m_names);
    bindId(s, 8, a.personId);
    bindId(s, 9, a.placeId);
    bindId(s, 10, a.codeId);
    bindId(s, 11, a.speakerMentionId);
    bindName(s, 12, storedName(a.origin), m_names);
    bindName(s, 13, storedName(a.status), m_names);
    if (a.quoteClass)
        bindName(s, 14, storedName(*a.quoteClass), m_names);
    else
        sqlite3_bind_null(s, 14);
    sqlite3_bind_int(s, 15, a.truncated ? 1 : 0);
    sqlite3_bind_int(s, 16, a.metonym ? 1 : 0);
    if (a.confidence)
        sqlite3_bind_double(s, 17, *a.confidence);
    else
        sqlite3_bind_null(s, 17);
    if (a.ruleId.isEmpty())
        sqlite3_bind_null(s, 18);
    else
        bindName(s, 18, a.ruleId, m_names);
    if (a.analyserVersion)
        sqlite3_bind_int(s, 19, *a.analyserVersion);
    else
        sqlite3_bind_null(s, 19);
    bindName(s, 20, m_now, m_names);
    const int stepped = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (stepped != SQLITE_DONE)
        return makeError(ErrorCode::Sql, u"cannot store annotation: %1"_s.arg(
                                             QString::fromUtf8(sqlite3_errmsg(m_db))));
    return sqlite3_last_insert_rowid(m_db);
}

Result<qint64> AnnotationBulkWriter::insertThroughQt(const Annotation &a)
{
    QSqlQuery &q = *m_fallback;
    const QVariant values[] = {a.articleId,
                               a.start,
                               a.end,
                               sql::text(a.exact),
                               sql::text(a.prefix),
                               sql::text(a.suffix),
                               storedName(a.kind),
                               sql::orNull(a.personId),
                               sql::orNull(a.placeId),
                               sql::orNull(a.codeId),
                               sql::orNull(a.speakerMentionId),
                               storedName(a.origin),
                               storedName(a.status),
                               a.quoteClass ? QVariant(storedName(*a.quoteClass)) : QVariant(),
                               a.truncated ? 1 : 0,
                               a.metonym ? 1 : 0,
                               sql::orNull(a.confidence),
                               sql::textOrNull(a.ruleId),
                               sql::orNull(a.analyserVersion),
                               m_now,
                               m_now};
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (Status done = sql::exec(q, u"cannot store annotation"_s); !done)
        return done.error();
    return q.lastInsertId().toLongLong();
}

} // namespace parallax
