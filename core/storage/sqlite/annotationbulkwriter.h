// Writes many annotations fast, for import and re-analysis: one persistent statement on the
// library's own SQLite connection through the SQLite C API, which costs a fraction of a
// QSqlQuery round trip per row (the same statement through QSqlQuery when there is no handle
// to drive, see nativehandle.h). Runs inside the caller's transaction.
#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace parallax {

class Database;

class AnnotationBulkWriter final
{
public:
    explicit AnnotationBulkWriter(const Database &database);
    ~AnnotationBulkWriter();
    Q_DISABLE_COPY_MOVE(AnnotationBulkWriter)

    // A new id for the annotation (annotation.id is ignored). created/updated are "now".
    Result<qint64> insert(const Annotation &annotation);

private:
    Result<qint64> insertThroughQt(const Annotation &annotation);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<QSqlQuery> m_fallback;
    sqlite3_stmt *m_insert = nullptr;
    QString m_now;
    QHash<QString, QByteArray> m_names; // UTF-8 of enum names, rule ids and the timestamp
    QString m_error;
};

} // namespace parallax
