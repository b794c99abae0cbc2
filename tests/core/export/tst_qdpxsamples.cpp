// The REFI-QDA projects other programs wrote (../shared/refi-qda/samples, see its SOURCES.md),
// read from where they are: what each brings in, and passages checked against their texts.
#include "export/qdpximport.h"
#include "export/ziparchive.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PARALLAX_REFI_SAMPLES) + u'/' + name;
}

int notTaken(const QdpxImportReport &report, const QString &kind)
{
    for (const auto &[what, count] : report.notTaken)
        if (what == kind)
            return count;
    return 0;
}

QStringList passagesOf(test::TestLibrary &library, qint64 articleId)
{
    QStringList texts;
    for (const Annotation &a : *AnnotationStore(library.db()).forArticle(articleId))
        texts.append(a.exact);
    return texts;
}

} // namespace

class tst_QdpxSamples final : public QObject
{
    Q_OBJECT
private slots:
    void shouldImportTheQualCoderProjectWithItsMemosAndPositions()
    {
        test::TestLibrary library;
        const auto report = importQdpx(library.db(), sample(u"qualcoder_4.0beta_qc_made.qdpx"_s));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin, u"QualCoder 4.0 Beta"_s);
        QCOMPARE(report->articles, 4);
        QCOMPARE(report->selections, 17);
        QCOMPARE(report->selectionsTaken, 17);
        QCOMPARE(report->codingsTaken, 17);
        QCOMPARE(report->notes, 7); // 2 file memos, 2 coding memos, 2 annotations, a journal
        QVERIFY(report->skipped.isEmpty());
        bool emojiRead = false;
        for (const QdpxSourceReading &r : report->readings)
            if (r.source == u"mixed_emoji.txt"_s)
                emojiRead = r.reading == u"UTF-16 units"_s;
        QVERIFY(emojiRead); // as SOURCES.md says QualCoder counted there
        QStringList all;
        for (const qint64 id : report->articleIds)
            all += passagesOf(library, id);
        // Our own texts: exact passages, past Cyrillic, curly quotes and an emoji.
        QVERIFY(all.contains(u"Крым — это тоже Украина"_s));
        QVERIFY(all.contains(u"Ми тримаємось 💪"_s));
        QVERIFY(all.contains(u"called the proposal an “ultimatum” on Friday"_s));
        QVERIFY(all.contains(u"Donetsk"_s)); // in the text that had CRLF line ends
        for (const qint64 id : report->articleIds)
            QVERIFY(!ArticleStore(library.db()).get(id)->body.contains(u'\r'));
        // Its two categories stay categories.
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE codable = 0"_s), 2);
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE codable = 0 "
                                u"AND name IN ('Themes', 'Conflict')"_s),
                 2);
    }

    void shouldLandEveryNvivoPassageOnItsText()
    {
        test::TestLibrary library;
        const QString path = sample(u"nvivo_win12_oltas0517.qdpx"_s);
        const auto report = importQdpx(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->articles, 2);
        QCOMPARE(report->selectionsTaken, 303);
        QCOMPARE(report->codingsTaken, 303);
        QCOMPARE(report->readings.constLast().reading, u"UTF-16 units, CRLF as two"_s);
        // Independently: the file's text at the file's UTF-16 offsets, line ends as written,
        // is what each passage holds (with LF for CRLF).
        ZipReader zip;
        QVERIFY(zip.open(path, qint64(256) << 20, qint64(1) << 30));
        QXmlStreamReader xml(*zip.read(u"project.qde"_s));
        QHash<QString, QString> texts;
        QString current;
        QSet<QString> expected;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"TextSource"_s) {
                const QString entry =
                    u"Sources/"_s + xml.attributes().value(u"plainTextPath"_s).mid(11).toString();
                QString text = QString::fromUtf8(*zip.read(entry));
                if (text.startsWith(QChar(0xFEFF)))
                    text.remove(0, 1);
                current = text;
            } else if (xml.name() == u"PlainTextSelection"_s) {
                const qsizetype start = xml.attributes().value(u"startPosition"_s).toLongLong();
                const qsizetype end = xml.attributes().value(u"endPosition"_s).toLongLong();
                expected.insert(current.mid(start, end - start).replace(u"\r\n"_s, u"\n"_s));
            }
        }
        QSet<QString> stored;
        for (const qint64 id : report->articleIds)
            for (const QString &text : passagesOf(library, id))
                stored.insert(text);
        QCOMPARE(stored.size(), expected.size());
        QCOMPARE(stored, expected);
    }

    void shouldImportTheQcProjectWithoutNamesOrSchemes()
    {
        test::TestLibrary library;
        const auto report = importQdpx(library.db(), sample(u"qc_cli_1.3.2_demo.qdpx"_s));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->articles, 2);
        QCOMPARE(report->selectionsTaken, report->selections);
        QVERIFY(report->selections > 100);
        QStringList titles;
        for (const qint64 id : report->articleIds)
            titles.append(ArticleStore(library.db()).get(id)->title);
        QVERIFY(titles.contains(u"board_2017.txt"_s)); // named after its file
    }

    void shouldImportTheNvivoMacCodebook()
    {
        test::TestLibrary library;
        const auto report = importQdpx(library.db(), sample(u"nvivo_mac15_qc_project.qdpx"_s));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->codes, 262);
        QCOMPARE(report->selections, 0);
    }

    void shouldSayWhatTheAtlasProjectHoldsThatIsNotText()
    {
        test::TestLibrary library;
        const auto report =
            importQdpx(library.db(), sample(u"atlasti_standard_project_TestProject.qdpx"_s));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(notTaken(*report, u"PDF sources"_s), 2);
        QCOMPARE(notTaken(*report, u"picture sources"_s), 1);
        QCOMPARE(notTaken(*report, u"audio sources"_s), 1);
        QCOMPARE(notTaken(*report, u"video sources"_s), 2);
        QCOMPARE(notTaken(*report, u"graphs"_s), 1);
        QVERIFY(notTaken(*report, u"sets"_s) > 0);
        // Its texts are not in the archive: each is named as skipped.
        QCOMPARE(notTaken(*report, u"text sources"_s), 6);
        QCOMPARE(report->skipped.filter(u"the project has no file"_s).size(), 6);
        QCOMPARE(report->codes, 14);
        QVERIFY(report->describe().join(u'\n').contains(u"PDF sources: 2"_s));
    }
};

QTEST_GUILESS_MAIN(tst_QdpxSamples)
#include "tst_qdpxsamples.moc"
