// The per-article quotation and place counts the article list shows: kept in step by the
// schema whichever way annotations change, and filled in when an older library is migrated.
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/migrations.h"
#include "testlibrary.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString kBody = u"“We will never 😀 leave,” Putin said in Kiev and Kharkov."_s;

Annotation span(qint64 articleId, const QString &exact, AnnotationKind kind)
{
    Annotation a;
    a.articleId = articleId;
    a.start = kBody.indexOf(exact);
    a.end = a.start + exact.size();
    a.exact = exact;
    a.kind = kind;
    a.origin = AnnotationOrigin::Auto;
    return a;
}

QPair<int, int> counts(const Database &db, qint64 articleId)
{
    auto summary = ArticleStore(db).summary(articleId);
    return summary ? qMakePair(summary->quoteCount, summary->placeCount) : qMakePair(-1, -1);
}

} // namespace

class tst_ArticleStats final : public QObject
{
    Q_OBJECT
private slots:
    void shouldFollowInsertsStatusChangesAndDeletes()
    {
        test::TestLibrary lib;
        Article article;
        article.title = u"T"_s;
        article.body = kBody;
        const qint64 id = ArticleStore(lib.db()).insert(article)->id;
        AnnotationStore store(lib.db());
        QCOMPARE(counts(lib.db(), id), qMakePair(0, 0));

        const qint64 quote =
            *store.insert(span(id, u"We will never 😀 leave,"_s, AnnotationKind::Quote));
        const qint64 kiev = *store.insert(span(id, u"Kiev"_s, AnnotationKind::PlaceMention));
        *store.insert(span(id, u"Kharkov"_s, AnnotationKind::PlaceMention));
        *store.insert(span(id, u"Putin"_s, AnnotationKind::SpeakerMention));
        QCOMPARE(counts(lib.db(), id), qMakePair(1, 2));

        QVERIFY(store.setStatus(kiev, AnnotationStatus::Rejected));
        QCOMPARE(counts(lib.db(), id), qMakePair(1, 1));
        QVERIFY(store.setStatus(kiev, AnnotationStatus::Accepted));
        QCOMPARE(counts(lib.db(), id), qMakePair(1, 2));

        Annotation changed = *store.get(quote);
        changed.kind = AnnotationKind::SpeakerMention;
        QVERIFY(store.update(changed));
        QCOMPARE(counts(lib.db(), id), qMakePair(0, 2));

        QVERIFY(store.remove(kiev));
        QCOMPARE(counts(lib.db(), id), qMakePair(0, 1));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM article_stats"_s), 1);
        QVERIFY(ArticleStore(lib.db()).remove(id));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM article_stats"_s), 0);
    }

    void shouldMatchAFullRecountAfterImport()
    {
        test::TestLibrary lib;
        test::importSeeds(lib.db());
        QCOMPARE(
            lib.scalar(
                uR"(SELECT count(*) FROM articles a LEFT JOIN article_stats s ON s.article_id = a.id
                                WHERE coalesce(s.quotes, 0) <> (SELECT count(*) FROM annotations n
                                    WHERE n.article_id = a.id AND n.kind = 'quote' AND n.status <> 'rejected')
                                   OR coalesce(s.places, 0) <> (SELECT count(*) FROM annotations n
                                    WHERE n.article_id = a.id AND n.kind = 'place' AND n.status <> 'rejected'))"_s),
            0);
        QVERIFY(lib.scalar(u"SELECT sum(quotes) FROM article_stats"_s) > 50);
    }

    void shouldFillTheCountsWhenMigratingAVersion1Library()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        const QList<Migration> v1 = Migrations::all().mid(0, 1);
        qint64 id = 0;
        {
            Database::Options options;
            options.migrations = &v1;
            auto db = Database::open(path, options);
            QVERIFY(db);
            Article article;
            article.title = u"T"_s;
            article.body = kBody;
            id = ArticleStore(**db).insert(article)->id;
            // The v1 article list counted from the annotations table, so write rows directly.
            QSqlQuery query((*db)->handle());
            QVERIFY(
                query.exec(uR"(INSERT INTO annotations (article_id, start, end, exact, kind, origin,
                                   status, created_at, updated_at)
                                   VALUES (%1, 0, 4, 'x', 'quote', 'auto', 'pending', 'now', 'now'),
                                          (%1, 5, 9, 'x', 'place', 'auto', 'rejected', 'now', 'now'),
                                          (%1, 9, 12, 'x', 'place', 'auto', 'accepted', 'now', 'now'))"_s
                               .arg(id)));
        }
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY(!(*db)->backupPath().isEmpty());
        QCOMPARE(counts(**db, id), qMakePair(1, 1));
    }
};

QTEST_GUILESS_MAIN(tst_ArticleStats)
#include "tst_articlestats.moc"
