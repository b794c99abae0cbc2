#include "storage/migrations.h"
#include "testlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    Run cli(const QStringList &args, const QString &library = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path()); // never touch the real default library
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PARALLAX_CLI),
                      QStringList{u"--library"_s, library.isEmpty() ? m_library : library} + args);
        if (!process.waitForFinished(60000))
            return {};
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

private slots:
    void init()
    {
        m_library = m_dir.filePath(
            u"lib-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void shouldImportSeedsAndReportJson()
    {
        const Run run = cli({u"import"_s, u"--json"_s, QStringLiteral(PARALLAX_TEST_SEEDS)});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"imported"_s].toInt(), 5);
        QCOMPARE(json[u"duplicates"_s].toInt(), 0);
        QCOMPARE(json[u"failed"_s].toInt(), 0);
        QCOMPARE(json[u"cancelled"_s].toBool(), false);
        const QJsonArray files = json[u"files"_s].toArray();
        QCOMPARE(files.size(), 5);
        QCOMPARE(files[0][u"status"_s].toString(), u"imported"_s);
        QCOMPARE(files[0][u"id"_s].toInteger(), 1);
        QCOMPARE(files[0][u"title"_s].toString(), u"Russia will ‘never’ withdraw troops – Putin"_s);
        QVERIFY(files[0][u"reason"_s].isNull());

        const Run again =
            cli({u"import"_s, u"--json"_s, parallax::test::seedArticlePaths().constFirst()});
        QCOMPARE(again.exitCode, 0); // a duplicate is not a failure
        QCOMPARE(again.json()[u"duplicates"_s].toInt(), 1);
        QCOMPARE(again.json()[u"files"_s].toArray()[0][u"status"_s].toString(), u"duplicate"_s);
    }

    void analyzeShouldPrintCorpusJsonWithCodePointOffsets()
    {
        QTemporaryDir in;
        // An emoji (two UTF-16 units, one code point) and a CRLF before the quote: offsets
        // must count code points of the file's own text.
        const QString text =
            u"Talks \U0001F54A resumed\r\n\r\n\u201CWe are ready,\u201D Peskov told reporters in Moscow."_s;
        QFile file(in.filePath(u"a.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();
        const Run run = cli({u"analyze"_s, u"--json"_s, file.fileName()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"article"_s].toString(), u"a.txt"_s);
        const QJsonArray quotes = json[u"quotes"_s].toArray();
        QCOMPARE(quotes.size(), 1);
        const QList<uint> codePoints = text.toUcs4();
        const qsizetype quoteStart = quotes[0][u"start"_s].toInteger();
        QCOMPARE(quotes[0][u"text"_s].toString(), u"We are ready,"_s);
        QCOMPARE(QString::fromUcs4(
                     reinterpret_cast<const char32_t *>(codePoints.constData()) + quoteStart, 13),
                 u"We are ready,"_s);
        QCOMPARE(quotes[0][u"speaker"_s].toString(), u"Dmitry Peskov"_s);
        QCOMPARE(quotes[0][u"speaker_mention"_s].toString(), u"Peskov"_s);
        QCOMPARE(quotes[0][u"short"_s].toBool(), false);
        QCOMPARE(quotes[0][u"rule"_s].toString(), u"quote.trailing"_s);
        QVERIFY(quotes[0][u"confidence"_s].toDouble() > 0.5);
        const QJsonArray places = json[u"places"_s].toArray();
        QCOMPARE(places.size(), 1);
        QCOMPARE(places[0][u"mention"_s].toString(), u"Moscow"_s);
        QCOMPARE(places[0][u"canonical"_s].toString(), u"Moscow"_s);
        QCOMPARE(places[0][u"kind"_s].toString(), u"city"_s);
        QCOMPARE(places[0][u"start"_s].toInteger(), codePoints.size() - 7);

        const Run missing = cli({u"analyze"_s, in.filePath(u"none.txt"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.txt"));
    }

    void evalShouldScoreTheSeeds()
    {
        const QString seeds = QStringLiteral(PARALLAX_TEST_SEEDS);
        const Run run =
            cli({u"eval"_s, u"--json"_s, u"--gold"_s, seeds + u"/gold"_s, u"--articles"_s, seeds});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"files"_s].toArray().size(), 5);
        const QJsonObject total = json[u"total"_s].toObject();
        QCOMPARE(total[u"quotes"_s][u"gold"_s].toInt(), 68);
        QVERIFY(total[u"quotes"_s][u"f1"_s].toDouble() >= 0.95);
        QVERIFY(total[u"places"_s][u"f1"_s].toDouble() >= 0.95);

        const Run text = cli({u"eval"_s, u"--gold"_s, seeds + u"/gold"_s, u"--articles"_s, seeds});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("TOTAL"));
        QCOMPARE(cli({u"eval"_s, u"--gold"_s, seeds}).exitCode, 2);
    }

    void reanalyzeShouldKeepTheLibraryConsistent()
    {
        QCOMPARE(cli({u"import"_s, QStringLiteral(PARALLAX_TEST_SEEDS)}).exitCode, 0);
        // Progress to a log (stderr is a pipe here) is not a line per article.
        const Run all = cli({u"reanalyze"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY2(all.err.count('\n') <= 1, all.err.constData());
        const Run run = cli({u"reanalyze"_s, u"--json"_s, u"2"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"articles"_s].toInt(), 1);
        QVERIFY(run.json()[u"replaced"_s].toInt() > 50);
        QCOMPARE(cli({u"reanalyze"_s, u"x"_s}).exitCode, 2);
    }

    void shouldExitOneWhenSomeInputsFail()
    {
        QTemporaryDir in;
        QFile bad(in.filePath(u"bad.txt"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray("\x00\x01\x02", 3));
        bad.close();
        const Run run = cli({u"import"_s, u"--json"_s, in.path(),
                             parallax::test::seedArticlePaths()[1], in.filePath(u"missing.txt"_s)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"imported"_s].toInt(), 1);
        QCOMPARE(json[u"failed"_s].toInt(), 2);
        QVERIFY(run.out.contains("binary"));
        QVERIFY(run.out.contains("no such file"));
    }

    void shouldListShowSearchSetAndRemove()
    {
        QCOMPARE(cli({u"import"_s, u"--quiet"_s, QStringLiteral(PARALLAX_TEST_SEEDS)}).exitCode, 0);

        const Run list = cli({u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray articles = list.json()[u"articles"_s].toArray();
        QCOMPARE(articles.size(), 5);
        QCOMPARE(articles[2][u"title"_s].toString(),
                 u"Putin says Ukraine must withdraw troops, end NATO bid for peace talks"_s);
        QCOMPARE(articles[2][u"language"_s].toString(), u"en"_s);

        const Run show = cli({u"show"_s, u"3"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject article = show.json()[u"article"_s].toObject();
        QCOMPARE(article[u"id"_s].toInteger(), 3);
        QVERIFY(article[u"body"_s].toString().contains(u"Mykhailo Podolyak"_s));
        QCOMPARE(article[u"body_length"_s].toInt(), 4817);

        const Run search = cli({u"search"_s, u"--json"_s, u"Podolyak"_s});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = search.json()[u"hits"_s].toArray();
        QVERIFY(hits.size() >= 1);
        for (const QJsonValue &hit : hits)
            QVERIFY(hit[u"snippet"_s].toString().contains(u"**Podolyak**"_s));

        const Run set = cli({u"set"_s, u"3"_s, u"--outlet"_s, u"AFP"_s, u"--date"_s,
                             u"June 14, 2024"_s, u"--json"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json()[u"article"_s][u"outlet"_s].toString(), u"AFP"_s);
        QCOMPARE(set.json()[u"article"_s][u"published"_s].toString(), u"2024-06-14"_s);
        QCOMPARE(cli({u"list"_s, u"--json"_s, u"--outlet"_s, u"afp"_s})
                     .json()[u"articles"_s]
                     .toArray()
                     .size(),
                 1);

        const Run stats = cli({u"stats"_s, u"--json"_s});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(stats.json()[u"articles"_s].toInt(), 5);
        QCOMPARE(stats.json()[u"outlets"_s].toInt(), 1);
        QCOMPARE(stats.json()[u"schema_version"_s].toInt(), parallax::Migrations::latestVersion());

        QCOMPARE(cli({u"rm"_s, u"3"_s, u"--json"_s}).json()[u"removed"_s].toInteger(), 3);
        const Run gone = cli({u"show"_s, u"3"_s, u"--json"_s});
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(gone.json()[u"error"_s][u"code"_s].toString(), u"not_found"_s);
        QCOMPARE(cli({u"rm"_s, u"3"_s}).exitCode, 1);
    }

    void shouldNotCreateALibraryToReadIt_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList{u"list"_s};
        QTest::newRow("stats") << QStringList{u"stats"_s};
        QTest::newRow("search") << QStringList{u"search"_s, u"Kyiv"_s};
        QTest::newRow("show") << QStringList{u"show"_s, u"1"_s};
        QTest::newRow("feed list") << QStringList{u"feed"_s, u"list"_s};
    }

    void shouldNotCreateALibraryToReadIt()
    {
        QFETCH(QStringList, args);
        const QString missing = m_dir.filePath(u"missing-%1.sqlite"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const Run run = cli(args, missing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("there is no library"), run.err.constData());
        QVERIFY(!QFile::exists(missing));
    }

    void shouldPrintReadableText()
    {
        QCOMPARE(cli({u"import"_s, u"--quiet"_s, parallax::test::seedArticlePaths()[0]}).exitCode,
                 0);
        const Run list = cli({u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("Russia will ‘never’ withdraw troops – Putin"));
        QVERIFY(list.out.contains("1 articles"));
        QVERIFY(!list.out.startsWith('{'));
    }

    void shouldRejectUsageErrorsWithExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("import without paths") << QStringList{u"import"_s};
        QTest::newRow("show without id") << QStringList{u"show"_s};
        QTest::newRow("show bad id") << QStringList{u"show"_s, u"abc"_s};
        QTest::newRow("show negative id") << QStringList{u"show"_s, u"-4"_s};
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s};
        QTest::newRow("set nothing") << QStringList{u"set"_s, u"1"_s};
        QTest::newRow("set bad date") << QStringList{u"set"_s, u"1"_s, u"--date"_s, u"soon"_s};
        QTest::newRow("search nothing") << QStringList{u"search"_s};
        QTest::newRow("bad limit") << QStringList{u"search"_s, u"x"_s, u"--limit"_s, u"0"_s};
        QTest::newRow("bad size") << QStringList{u"import"_s, u"--max-size"_s, u"huge"_s, u"."_s};
    }
    void shouldRejectUsageErrorsWithExitTwo()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void shouldPrintCompleteHelp()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *command :
             {"import", "list", "show", "search", "set", "rm", "stats", "import-url", "feed"})
            QVERIFY2(help.out.contains(command), command);
        // Each command's line keeps its description apart from the synopsis, however long.
        for (const QByteArray &line : help.out.split('\n'))
            QVERIFY2(!line.contains("OUTExport") && !line.contains("FILEImport"), line.constData());
        QVERIFY(help.out.contains("-o OUT\n"));
        const Run importHelp = cli({u"import"_s, u"--help"_s});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains("--max-size"));
        QCOMPARE(cli({u"help"_s, u"set"_s}).exitCode, 0);
    }

    void shouldRefuseNewerLibraryAndLeaveItAlone()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 999"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const Run run = cli({u"list"_s, u"--json"_s}, path);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json()[u"error"_s][u"code"_s].toString(), u"newer_schema"_s);
        QVERIFY(run.err.contains("newer"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
