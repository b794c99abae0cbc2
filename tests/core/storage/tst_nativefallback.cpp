// The C API paths and their QSqlQuery fallbacks read and write the same rows: the fallback is
// what runs when Qt's driver links another SQLite than this program.
#include "export/exportdata.h"
#include "storage/annotationstore.h"
#include "storage/articlelistreader.h"
#include "storage/sqlite/annotationbulkwriter.h"
#include "storage/sqlite/nativehandle.h"
#include "storage/transaction.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Reads with native access allowed or not, and turns it back on afterwards.
template <typename Read> auto readWith(bool native, Read read)
{
    sqlite::setNativeAccessAllowed(native);
    auto result = read();
    sqlite::setNativeAccessAllowed(true);
    return result;
}

} // namespace

class tst_NativeFallback : public QObject
{
    Q_OBJECT

private slots:
    void shouldListTheSameArticlesEitherWay()
    {
        test::TestLibrary library;
        test::importSeeds(library.db());
        const auto native = readWith(true, [&] { return readArticleList(library.db()); });
        const auto qt = readWith(false, [&] { return readArticleList(library.db()); });
        QVERIFY(native && qt);
        QCOMPARE(native->size(), 5);
        QCOMPARE(qt->size(), native->size());
        for (qsizetype i = 0; i < native->size(); ++i) {
            const ArticleSummary &a = native->at(i);
            const ArticleSummary &b = qt->at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.outletName, a.outletName);
            QCOMPARE(b.published, a.published);
            QCOMPARE(b.language, a.language);
            QCOMPARE(b.importedAt, a.importedAt);
            QCOMPARE(b.quoteCount, a.quoteCount);
            QCOMPARE(b.placeCount, a.placeCount);
            QVERIFY(a.quoteCount > 0);
        }
    }

    void shouldExportTheSamePassagesEitherWay()
    {
        test::TestLibrary library;
        test::importSeeds(library.db());
        const ExportScope all{ExportScope::Kind::Library, {}};
        const auto native = readWith(true, [&] { return loadExport(library.db(), all); });
        const auto qt = readWith(false, [&] { return loadExport(library.db(), all); });
        QVERIFY(native && qt);
        QCOMPARE(qt->articles.size(), native->articles.size());
        for (qsizetype i = 0; i < native->articles.size(); ++i) {
            QCOMPARE(qt->articles.at(i).title, native->articles.at(i).title);
            QCOMPARE(qt->articles.at(i).body, native->articles.at(i).body);
            QCOMPARE(qt->articles.at(i).outletName, native->articles.at(i).outletName);
        }
        QVERIFY(native->annotations.size() > 50);
        QCOMPARE(qt->annotations.size(), native->annotations.size());
        int withClass = 0;
        for (qsizetype i = 0; i < native->annotations.size(); ++i) {
            const Annotation &a = native->annotations.at(i);
            const Annotation &b = qt->annotations.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.origin, a.origin);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.quoteClass, a.quoteClass);
            QCOMPARE(b.confidence, a.confidence);
            QCOMPARE(b.ruleId, a.ruleId);
            QCOMPARE(b.personId, a.personId);
            QCOMPARE(b.placeId, a.placeId);
            QCOMPARE(b.speakerMentionId, a.speakerMentionId);
            withClass += a.quoteClass.has_value();
        }
        QVERIFY(withClass > 0);
        const auto counts = readWith(false, [&] { return countExport(library.db(), all); });
        QVERIFY(counts);
        QCOMPARE(counts->annotations, qint64(native->annotations.size()));
    }

    void shouldWriteAnnotationsThroughQtWhenThereIsNoHandle()
    {
        test::TestLibrary library;
        const QList<qint64> ids = test::importSeeds(library.db());
        const auto first = AnnotationStore(library.db()).forArticle(ids.constFirst());
        QVERIFY(first && !first->isEmpty());
        Annotation copy = first->constFirst();
        copy.confidence = 0.625;
        copy.ruleId = u"test-rule"_s;
        sqlite::setNativeAccessAllowed(false);
        Result<qint64> id = makeError(ErrorCode::Sql, QString());
        {
            Transaction transaction(library.db().connectionName());
            AnnotationBulkWriter writer(library.db());
            id = writer.insert(copy);
            QVERIFY(transaction.commit());
        }
        sqlite::setNativeAccessAllowed(true);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const auto stored = AnnotationStore(library.db()).get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->start, copy.start);
        QCOMPARE(stored->exact, copy.exact);
        QCOMPARE(stored->kind, copy.kind);
        QCOMPARE(stored->confidence, std::optional(0.625));
        QCOMPARE(stored->ruleId, u"test-rule"_s);
        // A span that does not fit its text is refused either way.
        copy.end = copy.start;
        sqlite::setNativeAccessAllowed(false);
        AnnotationBulkWriter refusing(library.db());
        const bool refused = !refusing.insert(copy);
        sqlite::setNativeAccessAllowed(true);
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(tst_NativeFallback)
#include "tst_nativefallback.moc"
