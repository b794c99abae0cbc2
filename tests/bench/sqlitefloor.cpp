#include "sqlitefloor.h"

#include <QElapsedTimer>
#include <cstdio>
#include <sqlite3.h>

namespace parallax::bench {
namespace {

bool run(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "floor: %s\n", message ? message : "error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace

double sqliteFloorSeconds(const QString &path, const QList<QByteArray> &texts)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    QElapsedTimer timer;
    timer.start();
    bool ok = run(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                      "CREATE TABLE docs(id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
                      "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs',"
                      " content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
                      "BEGIN;");
    sqlite3_stmt *doc = nullptr;
    sqlite3_stmt *fts = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO docs(title, body) VALUES (?, ?)", -1, &doc,
                                  nullptr) == SQLITE_OK;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO docs_fts(rowid, title, body) VALUES (?, ?, ?)",
                                  -1, &fts, nullptr) == SQLITE_OK;
    for (qsizetype i = 0; ok && i < texts.size(); ++i) {
        const QByteArray &text = texts[i];
        const qsizetype newline = text.indexOf('\n');
        const int titleLength = int(newline < 0 ? text.size() : newline);
        const char *body = text.constData() + titleLength + 1;
        const int bodyLength = int(qMax<qsizetype>(0, text.size() - titleLength - 1));
        sqlite3_bind_text(doc, 1, text.constData(), titleLength, SQLITE_STATIC);
        sqlite3_bind_text(doc, 2, body, bodyLength, SQLITE_STATIC);
        ok = sqlite3_step(doc) == SQLITE_DONE;
        sqlite3_reset(doc);
        sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(fts, 2, text.constData(), titleLength, SQLITE_STATIC);
        sqlite3_bind_text(fts, 3, body, bodyLength, SQLITE_STATIC);
        ok = ok && sqlite3_step(fts) == SQLITE_DONE;
        sqlite3_reset(fts);
    }
    sqlite3_finalize(doc);
    sqlite3_finalize(fts);
    ok = ok && run(db, "COMMIT;");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return ok ? seconds : -1;
}

double annotationFloorSeconds(const QString &path, qint64 rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    QElapsedTimer timer;
    timer.start();
    bool ok = run(
        db, "PRAGMA foreign_keys=OFF; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-64000; BEGIN;");
    sqlite3_stmt *insert = nullptr;
    ok = ok && sqlite3_prepare_v2(
                   db,
                   "INSERT INTO annotations(article_id, start, end, exact, prefix, suffix, kind, "
                   "place_id, origin, status, confidence, rule_id, analyser_version, created_at, "
                   "updated_at) VALUES (?, ?, ?, 'Kharkiv!', 'a prefix of thirty-two characters',"
                   " 'a suffix of thirty-two characters', 'place', ?, 'auto', 'pending', 0.9, "
                   "'place.name', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
                   -1, &insert, nullptr) == SQLITE_OK;
    for (qint64 i = 0; ok && i < rows; ++i) {
        sqlite3_bind_int64(insert, 1, 1 + i / 95);
        sqlite3_bind_int64(insert, 2, (i % 95) * 40);
        sqlite3_bind_int64(insert, 3, (i % 95) * 40 + 8);
        sqlite3_bind_int64(insert, 4, 1 + i % 300);
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    ok = ok && run(db, "COMMIT;");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return ok ? seconds : -1;
}

} // namespace parallax::bench
