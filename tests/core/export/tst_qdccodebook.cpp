// REFI-QDA codebooks: the library's code tree goes out alone and comes back merged by path.
#include "export/exporter.h"
#include "export/qdccodebook.h"
#include "exportfixture.h"
#include "storage/codestore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Each code as "Parent / Child|#colour|description".
QStringList codeRows(const Database &library)
{
    const QList<Code> codes = *CodeStore(library).list();
    QHash<qint64, QString> path;
    QStringList rows;
    for (const Code &code : codes) { // parents come first
        path.insert(code.id,
                    code.parentId ? path.value(*code.parentId) + u" / "_s + code.name : code.name);
        rows.append(u"%1|%2|%3"_s.arg(path.value(code.id), code.color, code.description));
    }
    rows.sort();
    return rows;
}

} // namespace

class tst_QdcCodebook final : public QObject
{
    Q_OBJECT
private slots:
    void shouldCarryTheCodeTreeToAnotherLibrary()
    {
        test::ExportFixture f;
        const QString path = f.library.dir() + u"/codes.qdc"_s;
        QVERIFY(
            exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Codebook, path));
        test::TestLibrary other;
        const auto report = importQdc(other.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin, u"Parallax"_s);
        QCOMPARE(report->added, report->codes);
        QVERIFY(report->codes >= 3);
        QCOMPARE(codeRows(other.db()), codeRows(f.library.db()));
        // Again: the same paths are the same codes.
        const auto again = importQdc(other.db(), path);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(codeRows(other.db()), codeRows(f.library.db()));
    }

    void shouldMergeByPathUnderTheRightParents()
    {
        test::TestLibrary library;
        Code theme;
        theme.name = u"Theme"_s;
        theme.color = u"#aa0000"_s;
        const qint64 themeId = *CodeStore(library.db()).create(theme);
        const QString path = library.writeFile(
            u"book.qdc"_s,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"MAXQDA 2022\"><Codes>"
            "<Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"Theme\" "
            "isCodable=\"false\">"
            "<Code guid=\"c0000000-0000-4000-8000-000000000002\" name=\"Peace talks\" "
            "isCodable=\"true\" color=\"#00AA00\"><Description>Negotiations</Description></Code>"
            "</Code>"
            "<Code guid=\"c0000000-0000-4000-8000-000000000003\" name=\"Territory\" "
            "isCodable=\"true\"/></Codes></CodeBook>");
        const auto report = importQdc(library.db(), path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->origin, u"MAXQDA 2022"_s);
        QCOMPARE(report->codes, 3);
        QCOMPARE(report->added, 2); // Theme was there
        QCOMPARE(report->categories, 1);
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes WHERE codable = 0"_s),
                 0); // Theme was ours
        const QStringList rows = codeRows(library.db());
        QVERIFY2(rows.contains(u"Theme / Peace talks|#00aa00|Negotiations"_s),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"Theme|#aa0000|"_s)); // the library's own colour stays
        QVERIFY(rows.contains(u"Territory|#f4d03f|"_s));
        Q_UNUSED(themeId);
    }

    void shouldRefuseWhatIsNotACodebookAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("DTD") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x "
                                           "SYSTEM \"file:///etc/passwd\">]><CodeBook/>")
                             << u"DTD"_s;
        QTest::newRow("broken") << QByteArray("<CodeBook><Codes><Code name=\"a\">")
                                << u"well-formed"_s;
        QTest::newRow("other XML") << QByteArray("<html><body/></html>") << u"no CodeBook"_s;
    }
    void shouldRefuseWhatIsNotACodebookAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        test::TestLibrary library;
        const auto report = importQdc(library.db(), library.writeFile(u"bad.qdc"_s, bytes));
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(library.scalar(u"SELECT count(*) FROM codes"_s), 0);
    }
};

QTEST_GUILESS_MAIN(tst_QdcCodebook)
#include "tst_qdccodebook.moc"
