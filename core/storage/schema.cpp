// The library schema, one append-only list of steps. Never edit a released step: add a new one.
#include "storage/migrations.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QStringList version1()
{
    return {
        uR"(CREATE TABLE outlets (
            id      INTEGER PRIMARY KEY,
            name    TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
            domain  TEXT
        ))"_s,

        uR"(CREATE TABLE articles (
            id               INTEGER PRIMARY KEY,
            title            TEXT NOT NULL,
            outlet_id        INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
            author           TEXT,
            url              TEXT,
            published        TEXT,
            language         TEXT,
            content_hash     TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64),
            source_path      TEXT,
            imported_at      TEXT NOT NULL,
            analyser_version INTEGER,
            -- Last, so reading the other columns never walks the body's overflow pages.
            body             TEXT NOT NULL
        ))"_s,
        u"CREATE INDEX articles_outlet ON articles(outlet_id)"_s,
        u"CREATE INDEX articles_published ON articles(published)"_s,

        // External content: the text is stored once, in articles; triggers keep the index in step.
        uR"(CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"_s,
        // Titles weigh five times the body in the ranking.
        u"INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)')"_s,
        // ArticleStore::insert adds the index row itself: an insert trigger would open a
        // statement savepoint per article, and FTS5 flushes its pending index at every one.
        uR"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END)"_s,
        uR"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END)"_s,

        uR"(CREATE TABLE people (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            description TEXT,
            origin      TEXT NOT NULL DEFAULT 'user' CHECK (origin = 'bundled' OR origin = 'user')
        ))"_s,
        uR"(CREATE TABLE person_aliases (
            id        INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
            UNIQUE (person_id, alias)
        ))"_s,
        u"CREATE INDEX person_aliases_alias ON person_aliases(alias)"_s,
        uR"(CREATE TABLE person_roles (
            id        INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            role      TEXT NOT NULL,
            since     TEXT,
            until     TEXT
        ))"_s,
        u"CREATE INDEX person_roles_person ON person_roles(person_id)"_s,

        uR"(CREATE TABLE places (
            id        INTEGER PRIMARY KEY,
            name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind      TEXT NOT NULL CHECK (kind = 'country' OR kind = 'region' OR kind = 'city' OR kind = 'other'),
            parent_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
            origin    TEXT NOT NULL DEFAULT 'user' CHECK (origin = 'bundled' OR origin = 'user'),
            UNIQUE (name, kind),
            CHECK (parent_id IS NULL OR parent_id <> id)
        ))"_s,
        uR"(CREATE TABLE place_aliases (
            id       INTEGER PRIMARY KEY,
            place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
            alias    TEXT NOT NULL CHECK (length(trim(alias)) > 0),
            UNIQUE (place_id, alias)
        ))"_s,
        u"CREATE INDEX place_aliases_alias ON place_aliases(alias)"_s,

        uR"(CREATE TABLE codes (
            id          INTEGER PRIMARY KEY,
            parent_id   INTEGER REFERENCES codes(id) ON DELETE RESTRICT,
            name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
            color       TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
            description TEXT,
            position    INTEGER NOT NULL DEFAULT 0,
            CHECK (parent_id IS NULL OR parent_id <> id)
        ))"_s,
        // NULL parents are distinct in a plain UNIQUE, so top-level names need the ifnull.
        u"CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name)"_s,

        uR"(CREATE TABLE annotations (
            id                 INTEGER PRIMARY KEY,
            article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start              INTEGER NOT NULL CHECK (start >= 0),
            end                INTEGER NOT NULL CHECK (end > start),
            exact              TEXT NOT NULL,
            prefix             TEXT NOT NULL DEFAULT '',
            suffix             TEXT NOT NULL DEFAULT '',
            kind               TEXT NOT NULL CHECK (kind = 'quote' OR kind = 'speaker' OR kind = 'place' OR kind = 'code'),
            person_id          INTEGER REFERENCES people(id) ON DELETE SET NULL,
            place_id           INTEGER REFERENCES places(id) ON DELETE SET NULL,
            code_id            INTEGER REFERENCES codes(id) ON DELETE RESTRICT,
            speaker_mention_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL,
            origin             TEXT NOT NULL CHECK (origin = 'auto' OR origin = 'manual'),
            status             TEXT NOT NULL DEFAULT 'pending'
                               CHECK (status = 'pending' OR status = 'accepted' OR status = 'rejected'),
            quote_class        TEXT CHECK (quote_class = 'statement' OR quote_class = 'short' OR quote_class = 'term'),
            truncated          INTEGER NOT NULL DEFAULT 0 CHECK (truncated = 0 OR truncated = 1),
            metonym            INTEGER NOT NULL DEFAULT 0 CHECK (metonym = 0 OR metonym = 1),
            confidence         REAL CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 1),
            rule_id            TEXT,
            analyser_version   INTEGER,
            created_at         TEXT NOT NULL,
            updated_at         TEXT NOT NULL,
            CHECK ((kind = 'code') = (code_id IS NOT NULL)),
            CHECK (kind <> 'place' OR person_id IS NULL)
        ))"_s,
        u"CREATE INDEX annotations_article ON annotations(article_id, kind)"_s,
        u"CREATE INDEX annotations_person ON annotations(person_id) WHERE person_id IS NOT NULL"_s,
        u"CREATE INDEX annotations_place ON annotations(place_id) WHERE place_id IS NOT NULL"_s,
        u"CREATE INDEX annotations_code ON annotations(code_id) WHERE code_id IS NOT NULL"_s,
        uR"(CREATE INDEX annotations_mention ON annotations(speaker_mention_id)
            WHERE speaker_mention_id IS NOT NULL)"_s,

        uR"(CREATE TABLE claims (
            id         INTEGER PRIMARY KEY,
            statement  TEXT NOT NULL CHECK (length(trim(statement)) > 0),
            person_id  INTEGER REFERENCES people(id) ON DELETE SET NULL,
            claim_date TEXT,
            created_at TEXT NOT NULL
        ))"_s,
        uR"(CREATE TABLE claim_appearances (
            id            INTEGER PRIMARY KEY,
            claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            type          TEXT NOT NULL CHECK (type IN
                              ('verbatim', 'partial', 'paraphrase', 'translation', 'misattributed')),
            UNIQUE (claim_id, annotation_id)
        ))"_s,
        u"CREATE INDEX claim_appearances_annotation ON claim_appearances(annotation_id)"_s,

        // A note has exactly one target; the foreign keys make it go with its target.
        uR"(CREATE TABLE notes (
            id            INTEGER PRIMARY KEY,
            article_id    INTEGER REFERENCES articles(id) ON DELETE CASCADE,
            annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
            claim_id      INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            code_id       INTEGER REFERENCES codes(id) ON DELETE CASCADE,
            body          TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            CHECK ((article_id IS NOT NULL) + (annotation_id IS NOT NULL)
                   + (claim_id IS NOT NULL) + (code_id IS NOT NULL) = 1)
        ))"_s,
        u"CREATE INDEX notes_article ON notes(article_id) WHERE article_id IS NOT NULL"_s,
        u"CREATE INDEX notes_annotation ON notes(annotation_id) WHERE annotation_id IS NOT NULL"_s,
        u"CREATE INDEX notes_claim ON notes(claim_id) WHERE claim_id IS NOT NULL"_s,
        u"CREATE INDEX notes_code ON notes(code_id) WHERE code_id IS NOT NULL"_s,
        uR"(CREATE VIRTUAL TABLE notes_fts USING fts5(
            body, content='notes', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"_s,
        uR"(CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
        END)"_s,
        uR"(CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
        END)"_s,
        uR"(CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
        END)"_s,
    };
}

// The article list shows each article's quotation and place counts. Counting them from the
// annotations on every start is a pass over millions of rows in a large library, so the
// counts are kept per article, up to date through triggers whichever code writes.
QStringList version2()
{
    return {
        uR"(CREATE TABLE article_stats (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            quotes     INTEGER NOT NULL DEFAULT 0,
            places     INTEGER NOT NULL DEFAULT 0
        ))"_s,
        // The article list reads every article's metadata; this covering index spares it the
        // table's leaf pages, which hold the first kilobytes of every body.
        uR"(CREATE INDEX articles_list ON articles(
            id, title, outlet_id, author, url, published, language, imported_at))"_s,
        uR"(INSERT INTO article_stats (article_id, quotes, places)
            SELECT article_id, sum(kind = 'quote'), sum(kind = 'place') FROM annotations
            WHERE status <> 'rejected' AND (kind = 'quote' OR kind = 'place')
            GROUP BY article_id)"_s,
        uR"(CREATE TRIGGER article_stats_insert AFTER INSERT ON annotations
            WHEN (new.kind = 'quote' OR new.kind = 'place') AND new.status <> 'rejected' BEGIN
            INSERT INTO article_stats (article_id, quotes, places)
                VALUES (new.article_id, new.kind = 'quote', new.kind = 'place')
                ON CONFLICT (article_id) DO UPDATE SET quotes = quotes + excluded.quotes,
                                                       places = places + excluded.places;
        END)"_s,
        uR"(CREATE TRIGGER article_stats_delete AFTER DELETE ON annotations
            WHEN (old.kind = 'quote' OR old.kind = 'place') AND old.status <> 'rejected' BEGIN
            UPDATE article_stats SET quotes = quotes - (old.kind = 'quote'),
                                     places = places - (old.kind = 'place')
                WHERE article_id = old.article_id;
        END)"_s,
        uR"(CREATE TRIGGER article_stats_update AFTER UPDATE OF kind, status, article_id ON annotations
            BEGIN
            UPDATE article_stats SET quotes = quotes - (old.kind = 'quote'),
                                     places = places - (old.kind = 'place')
                WHERE article_id = old.article_id AND old.status <> 'rejected';
            INSERT INTO article_stats (article_id, quotes, places)
                SELECT new.article_id, new.kind = 'quote', new.kind = 'place'
                WHERE new.status <> 'rejected' AND (new.kind = 'quote' OR new.kind = 'place')
                ON CONFLICT (article_id) DO UPDATE SET quotes = quotes + excluded.quotes,
                                                       places = places + excluded.places;
        END)"_s,
    };
}

// Organisations speak too ("the Kremlin said", "повідомили у НБУ"): the people registry says
// which of its entries are organisations.
QStringList version3()
{
    return {
        uR"(ALTER TABLE people ADD COLUMN kind TEXT NOT NULL DEFAULT 'person'
            CHECK (kind = 'person' OR kind = 'organisation'))"_s,
    };
}

// Articles from the web: the page as fetched, kept with the article, and news feeds with the
// items already seen, so a refresh fetches only what is new.
QStringList version4()
{
    return {
        uR"(CREATE TABLE article_sources (
            article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            fetched_url  TEXT NOT NULL,
            fetched_at   TEXT NOT NULL,
            content_type TEXT,
            original     BLOB NOT NULL
        ))"_s,
        u"CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL"_s,
        uR"(CREATE TABLE feeds (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            url            TEXT NOT NULL UNIQUE CHECK (length(trim(url)) > 0),
            title          TEXT,
            outlet_id      INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
            added_at       TEXT NOT NULL,
            refreshed_at   TEXT,
            last_error     TEXT
        ))"_s,
        uR"(CREATE TABLE feed_items (
            feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            guid       TEXT NOT NULL,
            url        TEXT,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            seen_at    TEXT NOT NULL,
            PRIMARY KEY (feed_id, guid)
        ))"_s,
    };
}

// Notes on the library itself (a journal, a research plan: a project's memos about nothing in
// particular) have no target. SQLite cannot change a CHECK, so the table is made again with
// the same ids and the same "never reused" counter.
QStringList version7()
{
    return {
        uR"(CREATE TABLE notes_v7 (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            article_id    INTEGER REFERENCES articles(id) ON DELETE CASCADE,
            annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
            claim_id      INTEGER REFERENCES claims(id) ON DELETE CASCADE,
            code_id       INTEGER REFERENCES codes(id) ON DELETE CASCADE,
            body          TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            CHECK ((article_id IS NOT NULL) + (annotation_id IS NOT NULL)
                   + (claim_id IS NOT NULL) + (code_id IS NOT NULL) <= 1)
        ))"_s,
        uR"(INSERT INTO notes_v7 (id, article_id, annotation_id, claim_id, code_id, body,
                                  created_at, updated_at)
            SELECT id, article_id, annotation_id, claim_id, code_id, body, created_at, updated_at
            FROM notes)"_s,
        uR"(INSERT OR REPLACE INTO sqlite_sequence (name, seq)
            SELECT 'notes_v7', max(seq) FROM sqlite_sequence
            WHERE name IN ('notes', 'notes_v7') HAVING max(seq) IS NOT NULL)"_s,
        u"DROP TABLE notes"_s,
        u"ALTER TABLE notes_v7 RENAME TO notes"_s,
        u"CREATE INDEX notes_article ON notes(article_id) WHERE article_id IS NOT NULL"_s,
        u"CREATE INDEX notes_annotation ON notes(annotation_id) WHERE annotation_id IS NOT NULL"_s,
        u"CREATE INDEX notes_claim ON notes(claim_id) WHERE claim_id IS NOT NULL"_s,
        u"CREATE INDEX notes_code ON notes(code_id) WHERE code_id IS NOT NULL"_s,
        uR"(CREATE INDEX notes_library ON notes(id) WHERE article_id IS NULL
            AND annotation_id IS NULL AND claim_id IS NULL AND code_id IS NULL)"_s,
        uR"(CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
            INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
        END)"_s,
        uR"(CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
        END)"_s,
        uR"(CREATE TRIGGER notes_fts_update AFTER UPDATE OF body ON notes BEGIN
            INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO notes_fts(rowid, body) VALUES (new.id, new.body);
        END)"_s,
    };
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> steps{
        Migration{1, u"initial library schema"_s, version1(), {}},
        Migration{2, u"per-article counts and the article list index"_s, version2(), {}},
        Migration{3, u"organisations in the people registry"_s, version3(), {}},
        Migration{4, u"pages fetched from the web, and news feeds"_s, version4(), {}},
        // An undo step names the rows it wrote by id; an id freed by a delete and handed to a
        // new row would let it act on someone else's passage. (Aliases and roles are written
        // as a whole set with their record and never named by id.)
        Migration{5,
                  u"ids that are never reused"_s,
                  {},
                  {u"outlets"_s, u"articles"_s, u"people"_s, u"places"_s, u"codes"_s,
                   u"annotations"_s, u"claims"_s, u"claim_appearances"_s, u"notes"_s}},
        // Categories from QDA tools (REFI-QDA isCodable="false") group codes and code nothing.
        Migration{6,
                  u"categories in the codebook"_s,
                  {u"ALTER TABLE codes ADD COLUMN codable INTEGER NOT NULL DEFAULT 1 "
                   u"CHECK (codable IN (0, 1))"_s},
                  {}},
        Migration{7, u"notes on the library itself"_s, version7(), {}},
    };
    return steps;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace parallax
