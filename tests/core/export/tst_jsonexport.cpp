// JSON: the library model parses back whole, with code-point offsets and every link resolvable.
#include "export/exporter.h"
#include "export/jsonexport.h"
#include "exportfixture.h"
#include "util/codepoints.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_JsonExport final : public QObject
{
    Q_OBJECT
private slots:
    void shouldWriteTheWholeModel()
    {
        test::ExportFixture f;
        const QString path = f.library.dir() + u"/out.json"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Json, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"format"_s).toString(), u"parallax-library"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), kJsonFormatVersion);
        const QJsonArray articles = root.value(u"articles"_s).toArray();
        QCOMPARE(articles.size(), f.articles.size());
        qint64 annotations = 0;
        QSet<qint64> ids;
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            const QString body = article.value(u"body"_s).toString();
            QCOMPARE(article.value(u"length"_s).toInteger(), codePointLength(body));
            for (const QJsonValue &a : article.value(u"annotations"_s).toArray()) {
                const QJsonObject o = a.toObject();
                ++annotations;
                ids.insert(o.value(u"id"_s).toInteger());
                // The offsets are code points: the slice they give is the exact text.
                const qsizetype start = utf16Offset(body, o.value(u"start"_s).toInteger());
                const qsizetype end = utf16Offset(body, o.value(u"end"_s).toInteger());
                QCOMPARE(body.mid(start, end - start), o.value(u"exact"_s).toString());
            }
        }
        QCOMPARE(annotations, f.library.scalar(u"SELECT count(*) FROM annotations"_s));
        QCOMPARE(root.value(u"codes"_s).toArray().size(), 3);
        QCOMPARE(root.value(u"codes"_s).toArray().at(1).toObject().value(u"path"_s).toString(),
                 u"Peace terms / Withdrawal"_s);
        const QJsonArray claims = root.value(u"claims"_s).toArray();
        QCOMPARE(claims.size(), 1);
        const QJsonArray appearances = claims.at(0).toObject().value(u"appearances"_s).toArray();
        QCOMPARE(appearances.size(), 2);
        for (const QJsonValue &appearance : appearances)
            QVERIFY(ids.contains(appearance.toObject().value(u"annotation"_s).toInteger()));
        QCOMPARE(root.value(u"notes"_s).toArray().size(), 4);
        QVERIFY(!root.value(u"people"_s).toArray().isEmpty());
        QVERIFY(!root.value(u"places"_s).toArray().isEmpty());
    }

    void shouldKeepToTheSelectedArticles()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::articles({f.ukrainian()}));
        QVERIFY(data);
        const QJsonObject root = libraryJson(*data);
        QCOMPARE(root.value(u"articles"_s).toArray().size(), 1);
        // The claim comes with the one appearance in this article.
        QCOMPARE(root.value(u"claims"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"appearances"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(root.value(u"notes"_s).toArray().size(),
                 4); // article, passage, claim, and the codebook's
    }
};

QTEST_MAIN(tst_JsonExport)
#include "tst_jsonexport.moc"
