// Import stores the findings; re-analysis replaces only what the user has not touched.
#include "import/importer.h"
#include "import/reanalyser.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/placestore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QList<Annotation> annotationsOf(Database &db, qint64 articleId, AnnotationKind kind)
{
    QList<Annotation> found;
    for (const Annotation &a : *AnnotationStore(db).forArticle(articleId, true))
        if (a.kind == kind)
            found.append(a);
    return found;
}

bool sameAnnotation(const Annotation &a, const Annotation &b)
{
    return a.id == b.id && a.start == b.start && a.end == b.end && a.exact == b.exact &&
           a.kind == b.kind && a.status == b.status && a.origin == b.origin &&
           a.personId == b.personId && a.placeId == b.placeId && a.codeId == b.codeId &&
           a.updatedAt == b.updatedAt;
}

} // namespace

class tst_Reanalysis : public QObject
{
    Q_OBJECT

private slots:
    void importStoresFindings()
    {
        test::TestLibrary lib;
        const ImportReport report = Importer(lib.db()).run(test::seedArticlePaths());
        QCOMPARE(report.count(ImportOutcome::Imported), 5);
        QVERIFY(lib.scalar(u"SELECT count(*) FROM annotations WHERE kind = 'quote'"_s) > 60);
        QVERIFY(lib.scalar(u"SELECT count(*) FROM annotations WHERE kind = 'place'"_s) > 200);
        QCOMPARE(
            lib.scalar(
                u"SELECT count(*) FROM annotations WHERE origin <> 'auto' OR status <> 'pending'"_s),
            0);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM articles WHERE analyser_version IS NULL"_s), 0);
        // Every stored span is the body's own text.
        QCOMPARE(
            lib.scalar(u"SELECT count(*) FROM annotations a JOIN articles r ON r.id = a.article_id "
                       u"WHERE substr(r.body, a.start + 1, a.end - a.start) <> a.exact"_s),
            0);
        // Quotes link their speaker, known people get their registry row with aliases.
        const qint64 putin = lib.scalar(u"SELECT id FROM people WHERE name = 'Vladimir Putin'"_s);
        QVERIFY(putin > 0);
        QVERIFY(lib.scalar(
                    u"SELECT count(*) FROM person_aliases WHERE person_id = %1"_s.arg(putin)) > 3);
        QVERIFY(
            lib.scalar(
                u"SELECT count(*) FROM annotations WHERE kind = 'quote' AND person_id = %1"_s.arg(
                    putin)) > 40);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM places WHERE name = 'Kyiv' AND kind = 'city'"_s),
                 1);
    }

    void reanalysisKeepsTheUsersWork()
    {
        test::TestLibrary lib;
        Importer(lib.db()).run(test::seedArticlePaths());
        AnnotationStore store(lib.db());
        const qint64 article = 1;
        const QList<Annotation> places =
            annotationsOf(lib.db(), article, AnnotationKind::PlaceMention);
        const QList<Annotation> quotes = annotationsOf(lib.db(), article, AnnotationKind::Quote);
        QVERIFY(places.size() > 5 && quotes.size() > 5);

        QVERIFY(store.setStatus(places.at(0).id, AnnotationStatus::Accepted));
        QVERIFY(store.setStatus(places.at(1).id, AnnotationStatus::Rejected));
        const qint64 claim =
            *ClaimStore(lib.db()).create(Claim{0, u"Troops will never leave"_s, {}, {}, {}});
        QVERIFY(ClaimStore(lib.db()).addAppearance(
            {0, claim, quotes.at(2).id, AppearanceType::Verbatim}));
        Annotation manual = quotes.at(3);
        manual.id = 0;
        manual.origin = AnnotationOrigin::Manual;
        manual.kind = AnnotationKind::Code;
        manual.personId.reset();
        manual.speakerMentionId.reset();
        manual.quoteClass.reset();
        manual.codeId = lib.scalar(
            u"INSERT INTO codes(name, color) VALUES ('Demand', '#aa0000') RETURNING id"_s);
        const qint64 manualId = *store.insert(manual);
        const QList<Annotation> before = *store.forArticle(article, true);
        auto keptIds = QList<qint64>{places.at(0).id, places.at(1).id, quotes.at(2).id, manualId};

        // The user teaches the gazetteer a spelling; re-analysis uses it.
        const qint64 minsk = lib.scalar(u"SELECT id FROM places WHERE name = 'Minsk'"_s);
        Place taught = *PlaceStore(lib.db()).get(minsk);
        taught.aliases.append(u"Minsk process"_s);
        QVERIFY(PlaceStore(lib.db()).update(taught));

        const Result<ReanalysisReport> report = reanalyse(lib.db(), {article});
        QVERIFY(report);
        QCOMPARE(report->articles, 1);
        QVERIFY(report->removed > 0);

        const QList<Annotation> after = *store.forArticle(article, true);
        for (qint64 id : keptIds) {
            const auto old = std::find_if(before.cbegin(), before.cend(),
                                          [id](const Annotation &a) { return a.id == id; });
            const auto now = std::find_if(after.cbegin(), after.cend(),
                                          [id](const Annotation &a) { return a.id == id; });
            QVERIFY(old != before.cend() && now != after.cend());
            QVERIFY(sameAnnotation(*old, *now));
        }
        // The rejected finding did not come back beside the kept one.
        const Annotation &rejected = places.at(1);
        QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                               [&](const Annotation &a) {
                                   return a.kind == AnnotationKind::PlaceMention &&
                                          a.start == rejected.start && a.end == rejected.end;
                               }),
                 1);
        // Untouched findings were replaced by equal ones; the new alias found a new place.
        QCOMPARE(annotationsOf(lib.db(), article, AnnotationKind::Quote).size(), quotes.size());
        QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                               [&](const Annotation &a) {
                                   return a.placeId == minsk && a.exact == u"Minsk process"_s;
                               }),
                 1);
    }
};

QTEST_GUILESS_MAIN(tst_Reanalysis)
#include "tst_reanalysis.moc"
