// Reading REFI-QDA projects the way their writers make them: folder and file names in any
// case, positions in code points or UTF-16 units, CRLF and BOMs, memos in every place,
// selections that do not fit (skipped and reported, the rest imported), and two sources with
// the same text. Every project here is made by the test.
#include "export/qdpximport.h"
#include "exportfixture.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/notestore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QByteArray header(const char *origin)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                      "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\" origin=\"") +
           origin +
           "\"><CodeBook><Codes>"
           "<Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"Theme\" isCodable=\"true\" "
           "color=\"#112233\"/></Codes></CodeBook><Sources>\n";
}

QByteArray source(const char *guid, const char *name, const char *file, const QByteArray &inner)
{
    return QByteArray("<TextSource guid=\"") + guid + "\" name=\"" + name +
           "\" plainTextPath=\"internal://" + file + "\">" + inner + "</TextSource>\n";
}

QByteArray selection(const char *guid, qint64 start, qint64 end, const QByteArray &name = {},
                     const QByteArray &inner = {})
{
    return QByteArray("<PlainTextSelection guid=\"") + guid + "\" name=\"" + name +
           "\" startPosition=\"" + QByteArray::number(start) + "\" endPosition=\"" +
           QByteArray::number(end) + "\">" + inner + "<Coding guid=\"" +
           QByteArray(guid).replace('5', '6') +
           "\"><CodeRef targetGUID=\"c0000000-0000-4000-8000-000000000001\"/></Coding>"
           "</PlainTextSelection>";
}

// The passages of the only article, as their texts.
QStringList passageTexts(test::TestLibrary &library)
{
    QStringList texts;
    const auto articles = ArticleStore(library.db()).list();
    for (const ArticleSummary &article : *articles)
        for (const Annotation &a : *AnnotationStore(library.db()).forArticle(article.id))
            texts.append(a.exact);
    texts.sort();
    return texts;
}

// "I 💪 Kyiv and Lviv": the emoji is one code point and two UTF-16 units.
const QByteArray kEmojiText = "I \xF0\x9F\x92\xAA Kyiv and Lviv";

} // namespace

class tst_QdpxReading final : public QObject
{
    Q_OBJECT
private slots:
    void shouldFindTheProjectWhateverItsNamesCase_data()
    {
        QTest::addColumn<QString>("qde");
        QTest::addColumn<QString>("folder");
        QTest::newRow("REFI-QDA 1.5: sources/") << u"project.qde"_s << u"sources"_s;
        QTest::newRow("NVivo for Windows: Sources/") << u"project.qde"_s << u"Sources"_s;
        QTest::newRow("ATLAS.ti: Project.qde") << u"Project.qde"_s << u"sources"_s;
        QTest::newRow("named after the project") << u"My study.qde"_s << u"SOURCES"_s;
    }
    void shouldFindTheProjectWhateverItsNamesCase()
    {
        QFETCH(QString, qde);
        QFETCH(QString, folder);
        test::TestLibrary library;
        const QByteArray xml =
            header("Test") +
            source("50000000-0000-4000-8000-000000000001", "Text", "t.txt",
                   selection("50000000-0000-4000-8000-000000000002", 2, 6, "Kyiv")) +
            "</Sources></Project>";
        const QString path = test::writeZip(library.dir() + u"/p.qdpx"_s,
                                            {{qde, xml}, {folder + u"/t.txt"_s, "A Kyiv day"}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->articles, 1);
        QCOMPARE(passageTexts(library), QStringList{u"Kyiv"_s});
        QVERIFY(report->skipped.isEmpty());
    }

    void shouldReadPositionsInTheUnitTheFileUses_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<qint64>("offset"); // of "Kyiv": 4 in code points, 5 in UTF-16
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("reading");
        QTest::newRow("code points, named")
            << QByteArray("QualCoder") << qint64(4) << QByteArray("Kyiv") << u"code points"_s;
        QTest::newRow("UTF-16, named")
            << QByteArray("QualCoder") << qint64(5) << QByteArray("Kyiv") << u"UTF-16 units"_s;
        QTest::newRow("UTF-16, unnamed, NVivo") << QByteArray("NVivo for Windows 12.6") << qint64(5)
                                                << QByteArray() << u"UTF-16 units"_s;
        QTest::newRow("code points, unnamed, NVivo")
            << QByteArray("NVivo for Windows 12.6") << qint64(4) << QByteArray()
            << u"code points"_s;
    }
    void shouldReadPositionsInTheUnitTheFileUses()
    {
        QFETCH(QByteArray, origin);
        QFETCH(qint64, offset);
        QFETCH(QByteArray, name);
        QFETCH(QString, reading);
        test::TestLibrary library;
        // Two selections: "Kyiv" and "Lviv" (the second lies 9 further on either way).
        const QByteArray xml =
            header(origin.constData()) +
            source("50000000-0000-4000-8000-000000000001", "Emoji", "e.txt",
                   selection("50000000-0000-4000-8000-000000000002", offset, offset + 4, name) +
                       selection("50000000-0000-4000-8000-000000000003", offset + 9, offset + 13,
                                 name.isEmpty() ? name : QByteArray("Lviv"))) +
            "</Sources></Project>";
        const QString path =
            test::writeZip(library.dir() + u"/p.qdpx"_s,
                           {{u"project.qde"_s, xml}, {u"sources/e.txt"_s, kEmojiText}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(passageTexts(library), (QStringList{u"Kyiv"_s, u"Lviv"_s}));
        QCOMPARE(report->readings.size(), 1);
        QCOMPARE(report->readings.constFirst().reading, reading);
    }

    void shouldMapPositionsPastCrlfAndABom_data()
    {
        QTest::addColumn<qint64>("start"); // of "second"
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("CRLF as two") << qint64(7) << QByteArray("second");
        QTest::newRow("CRLF as one") << qint64(6) << QByteArray("second");
    }
    void shouldMapPositionsPastCrlfAndABom()
    {
        QFETCH(qint64, start);
        QFETCH(QByteArray, name);
        test::TestLibrary library;
        const QByteArray xml =
            header("Test") +
            source("50000000-0000-4000-8000-000000000001", "Lines", "l.txt",
                   selection("50000000-0000-4000-8000-000000000002", start, start + 6, name)) +
            "</Sources></Project>";
        const QString path = test::writeZip(library.dir() + u"/p.qdpx"_s,
                                            {{u"project.qde"_s, xml},
                                             {u"sources/l.txt"_s, "\xEF\xBB\xBF"
                                                                  "first\r\nsecond\r\nthird"}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY(report);
        const auto articles = ArticleStore(library.db()).list();
        QCOMPARE(ArticleStore(library.db()).get(articles->constFirst().id)->body,
                 u"first\nsecond\nthird"_s); // as every import stores text
        QCOMPARE(passageTexts(library), QStringList{u"second"_s});
    }

    void shouldSkipSelectionsThatDoNotFitAndImportTheRest()
    {
        test::TestLibrary library;
        const QByteArray xml =
            header("Test") +
            source("50000000-0000-4000-8000-000000000001", "Text", "t.txt",
                   selection("50000000-0000-4000-8000-000000000002", 2, 6, "Kyiv") +
                       selection("50000000-0000-4000-8000-000000000003", 4, 400) +
                       selection("50000000-0000-4000-8000-000000000004", 3, 3)) +
            source("50000000-0000-4000-8000-000000000011", "Missing", "gone.txt", {}) +
            source("50000000-0000-4000-8000-000000000021", "Outside", "x.txt", {})
                .replace("internal://x.txt", "absolute:///etc/hostname") +
            "</Sources></Project>";
        const QString path =
            test::writeZip(library.dir() + u"/p.qdpx"_s,
                           {{u"project.qde"_s, xml}, {u"sources/t.txt"_s, "A Kyiv day"}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->selections, 3);
        QCOMPARE(report->selectionsTaken, 1);
        QCOMPARE(passageTexts(library), QStringList{u"Kyiv"_s});
        const QString skipped = report->skipped.join(u'\n');
        QVERIFY2(skipped.contains(u"(4–400) lies outside its text"_s), qPrintable(skipped));
        QVERIFY2(skipped.contains(u"at 3 is empty"_s), qPrintable(skipped));
        QVERIFY2(skipped.contains(u"has no file internal://gone.txt"_s), qPrintable(skipped));
        QVERIFY2(skipped.contains(u"outside the project"_s), qPrintable(skipped));
        QVERIFY(report->leftOutSummary().contains(u"selections: 2"_s));
        QVERIFY(report->leftOutSummary().contains(u"text sources: 2"_s));
        QCOMPARE(report->toJson().value(u"selections_taken"_s).toInt(), 1);
    }

    void shouldKeepMemosWhereverTheyAre()
    {
        test::TestLibrary library;
        const QByteArray xml =
            header("QualCoder 4.0") +
            source("50000000-0000-4000-8000-000000000001", "Text", "t.txt",
                   "<Description>A memo on the source</Description>" +
                       selection("50000000-0000-4000-8000-000000000002", 2, 6, "Kyiv",
                                 "<Description>A memo on the coding</Description>") +
                       "<NoteRef targetGUID=\"90000000-0000-4000-8000-000000000002\"/>") +
            "</Sources><Notes>"
            "<Note guid=\"90000000-0000-4000-8000-000000000001\" name=\"Journal\">"
            "<PlainTextContent>What I did today</PlainTextContent></Note>"
            "<Note guid=\"90000000-0000-4000-8000-000000000002\">"
            "<PlainTextContent>About the day</PlainTextContent>"
            "<PlainTextSelection guid=\"90000000-0000-4000-8000-000000000003\" "
            "startPosition=\"7\" endPosition=\"10\"/></Note>"
            "</Notes></Project>";
        const QString path =
            test::writeZip(library.dir() + u"/p.qdpx"_s,
                           {{u"project.qde"_s, xml}, {u"sources/t.txt"_s, "A Kyiv day"}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->notes, 4);
        QStringList notes;
        const auto all = library.scalar(u"SELECT count(*) FROM notes"_s);
        QCOMPARE(all, 4);
        for (const QString &row : {u"article_id"_s, u"annotation_id"_s, u"code_id"_s})
            notes.append(u"%1=%2"_s.arg(row).arg(
                library.scalar(u"SELECT count(*) FROM notes WHERE %1 IS NOT NULL"_s.arg(row))));
        // The source memo on the article, the coding memo and the annotation on passages
        // (the annotation on its own span, "day"), the journal on the library itself.
        QCOMPARE(notes, (QStringList{u"article_id=1"_s, u"annotation_id=2"_s, u"code_id=0"_s}));
        const auto onLibrary = NoteStore(library.db()).forTarget(NoteTarget::Library, 0);
        QVERIFY(onLibrary);
        QCOMPARE(onLibrary->size(), 1);
        QCOMPARE(onLibrary->constFirst().body, u"Journal\n\nWhat I did today"_s);
        QCOMPARE(passageTexts(library), (QStringList{u"Kyiv"_s, u"day"_s}));
    }

    void shouldKeepTwoSourcesWithTheSameTextApart()
    {
        test::TestLibrary library;
        const QByteArray xml =
            header("Test") +
            source("50000000-0000-4000-8000-000000000001", "Wire", "a.txt",
                   selection("50000000-0000-4000-8000-000000000002", 2, 6, "Kyiv")) +
            source("50000000-0000-4000-8000-000000000011", "Reprint", "b.txt",
                   selection("50000000-0000-4000-8000-000000000012", 7, 10, "day")) +
            "</Sources></Project>";
        const QString path =
            test::writeZip(library.dir() + u"/p.qdpx"_s, {{u"project.qde"_s, xml},
                                                          {u"sources/a.txt"_s, "A Kyiv day"},
                                                          {u"sources/b.txt"_s, "A Kyiv day"}});
        const auto report = importQdpx(library.db(), path);
        QVERIFY(report);
        QCOMPARE(report->articles, 2);
        QCOMPARE(report->reusedArticles, 0);
        QCOMPARE(passageTexts(library), (QStringList{u"Kyiv"_s, u"day"_s}));
        // The same project again adds nothing.
        const QString before = test::libraryState(library);
        const auto again = importQdpx(library.db(), path);
        QVERIFY(again);
        QCOMPARE(again->reusedArticles, 2);
        QCOMPARE(test::libraryState(library), before);
    }
};

QTEST_GUILESS_MAIN(tst_QdpxReading)
#include "tst_qdpxreading.moc"
