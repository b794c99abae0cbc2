// W3C Web Annotations and schema.org ClaimReview: they parse, and the selectors find the text.
#include "export/exportdata.h"
#include "export/jsonld.h"
#include "exportfixture.h"
#include "util/codepoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_JsonLd final : public QObject
{
    Q_OBJECT
private slots:
    void shouldDescribeEachAnnotationWithBothSelectors()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::articles({f.ukrainian()}));
        QVERIFY(data);
        const QByteArray bytes = QJsonDocument(webAnnotations(*data)).toJson();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), root.value(u"total"_s).toInt());
        QVERIFY(items.size() >= 4);
        bool sawEmojiPassage = false;
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item.value(u"type"_s).toString(), u"Annotation"_s);
            const QJsonObject target = item.value(u"target"_s).toObject();
            QCOMPARE(target.value(u"source"_s).toString(),
                     u"https://example.org/ukrinform/peace"_s);
            const QJsonArray selectors = target.value(u"selector"_s).toArray();
            QCOMPARE(selectors.size(), 2);
            const QJsonObject quote = selectors.at(0).toObject();
            const QJsonObject position = selectors.at(1).toObject();
            QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
            QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
            const qsizetype start =
                utf16Offset(f.ukrainianBody, position.value(u"start"_s).toInteger());
            const qsizetype end =
                utf16Offset(f.ukrainianBody, position.value(u"end"_s).toInteger());
            QCOMPARE(f.ukrainianBody.mid(start, end - start), quote.value(u"exact"_s).toString());
            QVERIFY(f.ukrainianBody.left(start).endsWith(quote.value(u"prefix"_s).toString()));
            QVERIFY(f.ukrainianBody.mid(end).startsWith(quote.value(u"suffix"_s).toString()));
            if (quote.value(u"exact"_s).toString() == u"зазначили"_s) {
                sawEmojiPassage = true;
                QCOMPARE(item.value(u"motivation"_s).toString(), u"tagging"_s);
                const QJsonArray body = item.value(u"body"_s).toArray();
                QCOMPARE(body.at(0).toObject().value(u"value"_s).toString(),
                         u"=Formula, \"quoted\""_s);
                QCOMPARE(body.at(1).toObject().value(u"purpose"_s).toString(), u"commenting"_s);
            }
        }
        QVERIFY(sawEmojiPassage);
    }

    void shouldReviewEachClaimWithItsAppearances()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::claims({f.claim}));
        QVERIFY(data);
        QJsonParseError error;
        const QJsonObject root =
            QJsonDocument::fromJson(QJsonDocument(claimReviews(*data)).toJson(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"@context"_s).toString(), u"https://schema.org"_s);
        const QJsonArray graph = root.value(u"@graph"_s).toArray();
        QCOMPARE(graph.size(), 1);
        const QJsonObject review = graph.at(0).toObject();
        QCOMPARE(review.value(u"@type"_s).toString(), u"ClaimReview"_s);
        QCOMPARE(review.value(u"claimReviewed"_s).toString(),
                 u"Russia will not withdraw its troops"_s);
        const QJsonObject claim = review.value(u"itemReviewed"_s).toObject();
        QCOMPARE(claim.value(u"author"_s).toObject().value(u"name"_s).toString(),
                 u"Vladimir Putin"_s);
        const QJsonArray appearances = claim.value(u"appearance"_s).toArray();
        QCOMPARE(appearances.size(), 2);
        QStringList outlets;
        for (const QJsonValue &a : appearances)
            outlets << a.toObject().value(u"publisher"_s).toObject().value(u"name"_s).toString();
        outlets.sort();
        QCOMPARE(outlets, (QStringList{u"RT"_s, u"Укрінформ"_s}));
        // RT carried it a day earlier.
        const QJsonObject first = claim.value(u"firstAppearance"_s).toObject();
        QCOMPARE(first.value(u"publisher"_s).toObject().value(u"name"_s).toString(), u"RT"_s);
        QCOMPARE(first.value(u"datePublished"_s).toString(), u"2024-06-14"_s);
    }
};

QTEST_MAIN(tst_JsonLd)
#include "tst_jsonld.moc"
