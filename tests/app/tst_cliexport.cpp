// parallax-cli export in every format and scope, and import-qdpx, run as a user would.
#include "export/ziparchive.h"
#include "exportfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &library, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PARALLAX_CLI), QStringList{u"--library"_s, library} + args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CliExport final : public QObject
{
    Q_OBJECT
private slots:
    void shouldExportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("scope");
        for (const QString &format : {u"markdown"_s, u"html"_s, u"pdf"_s, u"csv"_s, u"json"_s,
                                      u"qdpx"_s, u"w3c"_s, u"claimreview"_s})
            QTest::newRow(qPrintable(format)) << format << QStringList();
        QTest::newRow("csv of one code") << u"csv"_s << QStringList{u"--code"_s, u"CODE"_s};
        QTest::newRow("markdown of one claim")
            << u"markdown"_s << QStringList{u"--claims"_s, u"CLAIM"_s};
        QTest::newRow("json of one article")
            << u"json"_s << QStringList{u"--articles"_s, u"ARTICLE"_s};
    }
    void shouldExportEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, scope);
        test::ExportFixture f;
        scope.replaceInStrings(u"CODE"_s, QString::number(f.parentCode));
        scope.replaceInStrings(u"CLAIM"_s, QString::number(f.claim));
        scope.replaceInStrings(u"ARTICLE"_s, QString::number(f.ukrainian()));
        const QString out = f.library.dir() + u"/out."_s + format;
        const Run run =
            cli(f.library.path(),
                QStringList{u"export"_s, u"--json"_s, u"--format"_s, format, u"-o"_s, out} + scope);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.value(u"format"_s).toString(), format);
        const QByteArray bytes = readAll(out);
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(summary.value(u"bytes"_s).toInteger(), bytes.size());
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        if (format == u"markdown"_s) {
            QVERIFY(bytes.startsWith("# Parallax report"));
            QCOMPARE(bytes.contains("Зеленський про мир"),
                     scope.isEmpty() || scope.contains(u"--claims"_s));
        } else if (format == u"html"_s) {
            QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        } else if (format == u"pdf"_s) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QProcess info;
            info.start(u"pdfinfo"_s, {out});
            QVERIFY2(info.waitForFinished(30000), "pdfinfo (poppler-utils) must be installed");
            QVERIFY(info.readAllStandardOutput().contains("Pages:"));
        } else if (format == u"csv"_s) {
            QVERIFY(bytes.startsWith("article_id,article,outlet,date,kind,code_path,speaker,place,"
                                     "start,end,exact,note,status\r\n"));
            if (!scope.isEmpty())
                QCOMPARE(bytes.count("\r\n"),
                         4); // the header and the three passages of the code tree
        } else if (format == u"json"_s) {
            QCOMPARE(json.value(u"format"_s).toString(), u"parallax-library"_s);
            QCOMPARE(json.value(u"articles"_s).toArray().size(),
                     scope.isEmpty() ? f.articles.size() : 1);
        } else if (format == u"qdpx"_s) {
            ZipReader zip;
            QVERIFY(zip.open(out, qint64(1) << 30, qint64(1) << 30));
            QVERIFY(zip.contains(u"project.qde"_s));
        } else if (format == u"w3c"_s) {
            QCOMPARE(json.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        } else if (format == u"claimreview"_s) {
            QCOMPARE(
                json.value(u"@graph"_s).toArray().at(0).toObject().value(u"@type"_s).toString(),
                u"ClaimReview"_s);
        }
    }

    void shouldRefuseBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown format")
            << QStringList{u"export"_s, u"--format"_s, u"docx"_s, u"-o"_s, u"x"_s};
        QTest::newRow("no output") << QStringList{u"export"_s, u"--format"_s, u"csv"_s};
        QTest::newRow("two scopes")
            << QStringList{u"export"_s,   u"--format"_s, u"csv"_s, u"--code"_s, u"1"_s,
                           u"--claims"_s, u"1"_s,        u"-o"_s,  u"x"_s};
        QTest::newRow("bad ids") << QStringList{
            u"export"_s, u"--format"_s, u"csv"_s, u"--articles"_s, u"a,b"_s, u"-o"_s, u"x"_s};
    }
    void shouldRefuseBadArguments()
    {
        QFETCH(QStringList, args);
        test::TestLibrary library;
        const Run run = cli(library.path(), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void shouldImportAProjectIntoANewLibrary()
    {
        test::ExportFixture f;
        const QString project = f.library.dir() + u"/p.qdpx"_s;
        QCOMPARE(cli(f.library.path(), {u"export"_s, u"--format"_s, u"qdpx"_s, u"-o"_s, project})
                     .exitCode,
                 0);
        const QString fresh = f.library.dir() + u"/fresh.sqlite"_s;
        const Run run = cli(fresh, {u"import-qdpx"_s, u"--json"_s, project});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"articles"_s).toInt(), f.articles.size());
        QCOMPARE(json.value(u"claims"_s).toInt(), 1);
        // A damaged project is refused with a clear message.
        const QString broken = f.library.writeFile(u"broken.qdpx"_s, "PK\x03\x04 not really");
        const Run refused = cli(fresh, {u"import-qdpx"_s, broken});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("not a readable zip archive"));
    }
};

QTEST_MAIN(tst_CliExport)
#include "tst_cliexport.moc"
