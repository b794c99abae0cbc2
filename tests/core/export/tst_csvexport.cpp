// CSV: RFC 4180 quoting read back by a strict reader, the formula guard, one row per annotation.
#include "export/csvexport.h"
#include "export/exportdata.h"
#include "export/exporter.h"
#include "exportfixture.h"
#include "util/codepoints.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks;
// records end with CRLF.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                qFatal("a quote inside an unquoted field");
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            qFatal("a bare line break outside quotes");
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        qFatal("the file does not end with a whole record");
    return rows;
}

} // namespace

class tst_CsvExport final : public QObject
{
    Q_OBJECT
private slots:
    void shouldQuoteAndGuardCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << u"Kyiv"_s << QByteArray("Kyiv");
        QTest::newRow("comma") << u"Kyiv, Ukraine"_s << QByteArray("\"Kyiv, Ukraine\"");
        QTest::newRow("quote") << u"the \"peace formula\""_s
                               << QByteArray("\"the \"\"peace formula\"\"\"");
        QTest::newRow("line break") << u"one\ntwo"_s << QByteArray("\"one\ntwo\"");
        QTest::newRow("formula") << u"=SUM(A1:A9)"_s << QByteArray("'=SUM(A1:A9)");
        QTest::newRow("plus") << u"+7 495"_s << QByteArray("'+7 495");
        QTest::newRow("minus") << u"-1"_s << QByteArray("'-1");
        QTest::newRow("at") << u"@cmd"_s << QByteArray("'@cmd");
        QTest::newRow("tab") << u"\tx"_s << QByteArray("'\tx");
        QTest::newRow("carriage return") << u"\rx"_s << QByteArray("\"'\rx\"");
        QTest::newRow("formula with a comma") << u"=A1,B1"_s << QByteArray("\"'=A1,B1\"");
        QTest::newRow("Cyrillic") << u"Київ"_s << u"Київ"_s.toUtf8();
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void shouldQuoteAndGuardCells()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(csvCell(value), written);
    }

    void shouldWriteOneRowPerAnnotationThatReadsBack()
    {
        test::ExportFixture f;
        const QString path = f.library.dir() + u"/out.csv"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Csv, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = readCsv(file.readAll());
        QCOMPARE(rows.constFirst(), kCsvColumns);
        QCOMPARE(rows.size() - 1, f.library.scalar(u"SELECT count(*) FROM annotations"_s));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), kCsvColumns.size());

        // The passage after the emoji: code-point offsets, its code path guarded, its note guarded.
        const qsizetype at = f.ukrainianBody.indexOf(u"зазначили"_s);
        const qsizetype start = codePointOffset(f.ukrainianBody, at);
        QVERIFY(start < at); // the emoji counts once
        bool found = false;
        for (const QStringList &row : rows) {
            if (row.at(10) != u"зазначили"_s)
                continue;
            found = true;
            QCOMPARE(row.at(0).toLongLong(), f.ukrainian());
            QCOMPARE(row.at(2), u"Укрінформ"_s);
            QCOMPARE(row.at(3), u"2024-06-15"_s);
            QCOMPARE(row.at(4), u"code"_s);
            QCOMPARE(row.at(5), u"'=Formula, \"quoted\""_s);
            QCOMPARE(row.at(8).toLongLong(), start);
            QCOMPARE(row.at(9).toLongLong(), start + 9);
            QCOMPARE(row.at(11), u"'-1 for vagueness, +2 for sourcing; @editor check"_s);
            QCOMPARE(row.at(12), u"accepted"_s);
        }
        QVERIFY(found);
        // Sub-codes carry their path; places their canonical name.
        bool child = false;
        bool place = false;
        for (const QStringList &row : rows) {
            child = child || row.at(5) == u"Peace terms / Withdrawal"_s;
            place = place ||
                    (row.at(4) == u"place"_s && row.at(7) == u"Kyiv"_s && row.at(10) == u"Києві"_s);
        }
        QVERIFY(child);
        QVERIFY(place);
    }

    void shouldExportOneCodeWithItsSubCodes()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::code(f.parentCode));
        QVERIFY(data);
        QCOMPARE(data->annotations.size(), 3); // the parent's passage and two of the child's
        QCOMPARE(data->articles.size(), 2);
        QCOMPARE(data->codes.size(), 2);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(writeCsv(*data, out));
        QCOMPARE(readCsv(out.data()).size(), 4);
    }
};

QTEST_MAIN(tst_CsvExport)
#include "tst_csvexport.moc"
