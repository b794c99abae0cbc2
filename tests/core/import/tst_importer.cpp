#include "import/importer.h"
#include "storage/articlestore.h"
#include "storage/changenotifier.h"
#include "storage/personstore.h"
#include "testlibrary.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const FileImportResult *resultFor(const ImportReport &report, const QString &path)
{
    for (const FileImportResult &r : report.files)
        if (r.path == path)
            return &r;
    return nullptr;
}

QString russianText()
{
    return u"Путин: войска не уйдут\nПрезидент России Владимир Путин заявил в пятницу, что "
           u"Москва прекратит огонь, если Киев выведет войска из Донецкой и Луганской областей.\n"
           u"По словам Подоляка, это «не мирное предложение»."_s;
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT
private slots:
    void shouldImportSeedArticles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("bodyLength");
        QTest::newRow("000") << u"000_d3bd216aa5f54104.txt"_s
                             << u"Russia will ‘never’ withdraw troops – Putin"_s << 2569;
        QTest::newRow("001") << u"001_3253f2a8958fafad.txt"_s
                             << u"Withdraw or Russia Will ‘Take Territories by Force’"_s << 4681;
        QTest::newRow("002")
            << u"002_8f2fd4e8bce45925.txt"_s
            << u"Putin says Ukraine must withdraw troops, end NATO bid for peace talks"_s << 4817;
        QTest::newRow("003") << u"003_7d0074fbc613b37b.txt"_s
                             << u"Putin offers ceasefire if Ukraine pulls out of Moscow-occupied "
                                u"territories and NATO bid – Kiev’s non-starter"_s
                             << 5006;
        QTest::newRow("004")
            << u"004_36d86edacdecd9d8.txt"_s
            << u"Putin reiterates condition for ending hostilities with Ukraine — ReadNOW Russia & Former Soviet Union"_s
            << 2068;
    }
    void shouldImportSeedArticles()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(int, bodyLength);
        test::TestLibrary lib;
        const QString path = QDir(QStringLiteral(PARALLAX_TEST_SEEDS)).filePath(file);
        const ImportReport report = Importer(lib.db()).run({path});
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].outcome, ImportOutcome::Imported);
        const Article article = *ArticleStore(lib.db()).get(report.files[0].articleId);
        QCOMPARE(article.title, title);
        QCOMPARE(article.body.size(), bodyLength);
        QCOMPARE(article.language, u"en"_s);
        QCOMPARE(article.sourcePath, QFileInfo(path).absoluteFilePath());
        for (const QString &mojibake : {u"Ã"_s, u"â€"_s, u"\uFFFD"_s, u"Ð"_s})
            QVERIFY2(!article.body.contains(mojibake), qPrintable(mojibake));
        QVERIFY(article.body.contains(u'\n')); // paragraphs kept
        QVERIFY(!article.body.startsWith(u'\n'));
    }

    void shouldReportEveryHostileFileAndImportTheRest()
    {
        test::TestLibrary lib;
        const QString good = lib.writeFile(u"in/good.txt"_s, "Title\nSome real text.");
        const QString binary = lib.writeFile(u"in/binary.txt"_s, QByteArray("\x7f"
                                                                            "ELF\x02\x01\x00\x00",
                                                                            8));
        const QString empty = lib.writeFile(u"in/empty.txt"_s, QByteArray());
        const QString blank = lib.writeFile(u"in/blank.md"_s, "  \n\n \t\n");
        const QString titleOnly = lib.writeFile(u"in/title-only.txt"_s, "Just a title\n\n");
        const QString huge =
            lib.writeFile(u"in/huge.txt"_s, "Huge\n" + QByteArray(21 * 1024 * 1024, 'a'));
        const QString cp1251 =
            lib.writeFile(u"in/sub/russian.txt"_s, test::encodeWith("windows-1251", russianText()));
        QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QString utf16 = lib.writeFile(u"in/sub/deeper/ukrainian.txt"_s,
                                            toUtf16.encode(u"Київ заявив\nЗа словами Подоляка, "
                                                           u"це ультиматум 🇺🇦."_s));
        QByteArray garbage;
        for (int i = 0; i < 300; ++i)
            garbage.append(char(0x80 + (i * 7) % 32));
        const QString undetectable = lib.writeFile(u"in/garbage.txt"_s, garbage);
        const QString duplicate =
            lib.writeFile(u"in/zz-copy-of-good.txt"_s, "Another title\r\nSome real text.\r\n");
        lib.writeFile(u"in/photo.jpg"_s, "\xFF\xD8\xFF"); // not an article type: skipped
        const QString missing = lib.dir() + u"/no/such/file.txt"_s;
        // Permission bits do not stop root, but a link to nowhere cannot be read by anyone.
        const QString dangling = lib.dir() + u"/dangling.txt"_s;
        QVERIFY(QFile::link(lib.dir() + u"/gone.txt"_s, dangling));

        const ImportReport report =
            Importer(lib.db()).run({lib.dir() + u"/in"_s, missing, dangling});
        QCOMPARE(report.files.size(), 12);
        const auto outcome = [&](const QString &path) {
            const FileImportResult *r = resultFor(report, path);
            return r ? r->outcome : ImportOutcome::Failed;
        };
        const auto reason = [&](const QString &path) {
            const FileImportResult *r = resultFor(report, path);
            return r ? r->reason : u"(no result)"_s;
        };
        QCOMPARE(outcome(good), ImportOutcome::Imported);
        QCOMPARE(outcome(cp1251), ImportOutcome::Imported);
        QCOMPARE(outcome(utf16), ImportOutcome::Imported);
        QCOMPARE(outcome(duplicate), ImportOutcome::Duplicate);
        QCOMPARE(resultFor(report, duplicate)->articleId, resultFor(report, good)->articleId);
        QVERIFY(reason(binary).contains(u"binary"_s));
        QVERIFY(reason(empty).contains(u"empty"_s));
        QVERIFY(reason(blank).contains(u"white space"_s));
        QVERIFY(reason(titleOnly).contains(u"no text"_s));
        QVERIFY(reason(huge).contains(u"over the limit"_s));
        QVERIFY(reason(undetectable).contains(u"could not be detected"_s));
        QVERIFY(reason(missing).contains(u"no such file"_s));
        QVERIFY(reason(dangling).contains(u"no such file"_s));
        QCOMPARE(report.count(ImportOutcome::Failed), 8);
        QCOMPARE(*ArticleStore(lib.db()).count(), 3);

        const Article russian = *ArticleStore(lib.db()).get(resultFor(report, cp1251)->articleId);
        QCOMPARE(russian.title, u"Путин: войска не уйдут"_s);
        QCOMPARE(russian.language, u"ru"_s);
        QVERIFY(russian.body.startsWith(u"Президент России"_s));
        const Article ukrainian = *ArticleStore(lib.db()).get(resultFor(report, utf16)->articleId);
        QCOMPARE(ukrainian.title, u"Київ заявив"_s);
        QVERIFY(ukrainian.body.endsWith(u"🇺🇦."_s));
    }

    void shouldSkipLibrariesWithoutOpeningThem()
    {
        test::TestLibrary lib; // library.sqlite, its -wal and -shm, all in lib.dir()
        const QString article = lib.writeFile(u"report.txt"_s, "A title\nSome real text.");
        const QString otherLibrary = lib.dir() + u"/sub/old.db"_s;
        QVERIFY(Database::open(otherLibrary));
        const QString disguised = lib.writeFile(u"sub/notes.txt"_s, [&] {
            QFile file(otherLibrary);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }());

        const ImportReport report = Importer(lib.db()).run({lib.dir(), lib.path()});
        const FileImportResult *inFolder = resultFor(report, lib.path());
        QVERIFY(inFolder);
        QCOMPARE(inFolder->outcome, ImportOutcome::Skipped);
        QCOMPARE(inFolder->reason, u"this is the open library library.sqlite, not an article"_s);
        QCOMPARE(report.count(ImportOutcome::Skipped), 3); // in the folder, named itself, old.db
        QCOMPARE(resultFor(report, otherLibrary)->reason, u"this is a library, not an article"_s);
        QVERIFY(!resultFor(report, lib.path() + u"-wal"_s));
        QVERIFY(!resultFor(report, lib.path() + u"-shm"_s));
        QCOMPARE(resultFor(report, article)->outcome, ImportOutcome::Imported);
        QCOMPARE(resultFor(report, disguised)->outcome, ImportOutcome::Failed);
        QVERIFY(resultFor(report, disguised)->reason.contains(u"a library (an SQLite database)"_s));
        // Nothing opened the library behind SQLite's back: its locks are still held.
        QVERIFY(lib.db().checkLocks());
    }

    void shouldHonourConfiguredSizeLimit()
    {
        test::TestLibrary lib;
        const QString file = lib.writeFile(u"a.txt"_s, "Title\n" + QByteArray(2000, 'x'));
        ImportOptions options;
        options.maxFileBytes = 1000;
        const ImportReport report = Importer(lib.db(), options).run({file});
        QCOMPARE(report.files[0].outcome, ImportOutcome::Failed);
        QVERIFY(report.files[0].reason.contains(u"over the limit"_s));
    }

    void shouldImportHtmlWithoutScriptsOrRemoteContent()
    {
        test::TestLibrary lib;
        QFile fixture(QStringLiteral(PARALLAX_TEST_DATA) + u"/html/ukrainian-with-script.html"_s);
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString page = lib.writeFile(u"page.html"_s, fixture.readAll());
        const ImportReport report = Importer(lib.db()).run({page});
        QCOMPARE(report.files[0].outcome, ImportOutcome::Imported);
        const Article a = *ArticleStore(lib.db()).get(report.files[0].articleId);
        QCOMPARE(a.title, u"Зеленський відповів"_s);
        QCOMPARE(a.outletName, u"Kyiv Independent"_s);
        QCOMPARE(a.published, u"2024-06-15T09:00:00+03:00"_s);
        QCOMPARE(a.author, u"Olena Petrenko"_s);
        QCOMPARE(a.language, u"uk"_s);
        QCOMPARE(a.body, u"Президент заявив, що це ультиматум.\nЩе один абзац."_s);
    }

    void shouldKnowOnePersonInEveryScript()
    {
        test::TestLibrary lib;
        const QString ukrainian = lib.writeFile(
            u"uk.txt"_s,
            u"Міністр відповів\n«Ми відновимо кожну бібліотеку», — сказав Олександр Ткаченко.\n"_s
                .toUtf8());
        const QString english = lib.writeFile(
            u"en.txt"_s,
            u"The minister replied\n\"We will rebuild every library,\" said Oleksandr Tkachenko.\n"_s
                .toUtf8());
        const QString other = lib.writeFile(
            u"other.txt"_s,
            u"Another minister\n\"Nothing was agreed,\" said Olena Tkachenko.\n"_s.toUtf8());
        const ImportReport report = Importer(lib.db()).run({ukrainian, english, other});
        for (const FileImportResult &file : report.files)
            QCOMPARE(file.outcome, ImportOutcome::Imported);
        const QList<Person> people = *PersonStore(lib.db()).list();
        QStringList names;
        for (const Person &person : people)
            names.append(person.name);
        QCOMPARE(names.size(), 2);
        const QList<qint64> minister = *PersonStore(lib.db()).findByName(u"Oleksandr Tkachenko"_s);
        QCOMPARE(minister.size(), 1);
        QCOMPARE(*PersonStore(lib.db()).findByName(u"Олександр Ткаченко"_s), minister);
        QCOMPARE(
            lib.scalar(u"SELECT count(DISTINCT person_id) FROM annotations WHERE kind = 'quote'"_s),
            2);
    }

    void shouldCutATitleThatRunsOn()
    {
        test::TestLibrary lib;
        const QString word = u"word "_s;
        const QString page = lib.writeFile(
            u"long.html"_s, (u"<title>"_s + word.repeated(20000) +
                             u"</title><p>The text of the page, long enough to read.</p>"_s)
                                .toUtf8());
        const ImportReport report = Importer(lib.db()).run({page});
        QCOMPARE(report.files[0].outcome, ImportOutcome::Imported);
        const Article a = *ArticleStore(lib.db()).get(report.files[0].articleId);
        QVERIFY2(a.title.size() <= 301, qPrintable(QString::number(a.title.size())));
        QVERIFY(a.title.endsWith(u'…'));
    }

    void shouldGiveEveryFileFoundAResult()
    {
        test::TestLibrary lib;
        const QString folder = lib.dir() + u"/found"_s;
        QVERIFY(QDir().mkpath(folder));
        QFile good(folder + u"/good.txt"_s);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("Talks resume\n\nThe talks resumed on Monday in Geneva.\n");
        good.close();
        // A name whose bytes are not UTF-8, and a pipe with an article's name.
        const QByteArray badName = QFile::encodeName(folder) + "/bad\xff.txt";
        const int fd = ::open(badName.constData(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QVERIFY(::write(fd, "Title\n\nText.\n", 14) == 14);
        ::close(fd);
        const QString pipe = folder + u"/pipe.txt"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0644), 0);

        const ImportReport report = Importer(lib.db()).run({folder, pipe});
        QCOMPARE(report.count(ImportOutcome::Imported), 1);
        QCOMPARE(report.count(ImportOutcome::Failed), 1);
        QCOMPARE(report.count(ImportOutcome::Skipped), 2); // the pipe, found and named
        for (const FileImportResult &file : report.files) {
            if (file.outcome == ImportOutcome::Failed)
                QVERIFY2(file.reason.contains(u"not valid UTF-8"_s), qPrintable(file.reason));
            if (file.outcome == ImportOutcome::Skipped)
                QVERIFY2(file.reason.contains(u"not a regular file"_s), qPrintable(file.reason));
        }
    }

    void shouldStoreEachArticleWhollyOrNotAtAll()
    {
        test::TestLibrary lib;
        // A trigger makes one article fail after its outlet row was already written.
        lib.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN new.title = 'Boom' "
                 u"BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s);
        const QString ok =
            lib.writeFile(u"a.html"_s, "<meta property=\"og:site_name\" content=\"AFP\">"
                                       "<title>Fine</title><p>fine text</p>");
        const QString boom =
            lib.writeFile(u"b.html"_s, "<meta property=\"og:site_name\" content=\"RT\">"
                                       "<title>Boom</title><p>boom text</p>");
        const ImportReport report = Importer(lib.db()).run({ok, boom});
        QCOMPARE(resultFor(report, ok)->outcome, ImportOutcome::Imported);
        QCOMPARE(resultFor(report, boom)->outcome, ImportOutcome::Failed);
        QVERIFY(resultFor(report, boom)->reason.contains(u"refused by test"_s));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM articles"_s), 1);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM outlets WHERE name = 'RT'"_s), 0);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'boom'"_s),
                 0);
    }

    void shouldImportInBatchesWithProgressAndNotify()
    {
        test::TestLibrary lib;
        QStringList files;
        for (int i = 0; i < 25; ++i)
            files.append(lib.writeFile(u"batch/%1.txt"_s.arg(i, 3, 10, QChar(u'0')),
                                       u"Article %1\nBody number %1."_s.arg(i).toUtf8()));
        ImportOptions options;
        options.batchSize = 10;
        QSignalSpy added(lib.db().notifier(), &ChangeNotifier::changed);
        QList<qsizetype> progress;
        const ImportReport report =
            Importer(lib.db(), options)
                .run({lib.dir() + u"/batch"_s}, [&](qsizetype done, qsizetype total) {
                    QCOMPARE(total, 25);
                    progress.append(done);
                });
        QCOMPARE(report.count(ImportOutcome::Imported), 25);
        QCOMPARE(progress, (QList<qsizetype>{10, 20, 25}));
        QCOMPARE(added.size(), 3); // one announcement per batch
        for (const QList<QVariant> &arguments : added)
            QVERIFY(!arguments.at(0).value<ChangeSet>().articlesAdded.isEmpty());
        // Files are taken in name order, so ids follow the folder listing.
        for (int i = 0; i < 25; ++i)
            QCOMPARE(report.files[i].path, files[i]);
        QVERIFY(report.files[0].articleId < report.files[24].articleId);
    }

    void shouldStopCleanlyWhenCancelled()
    {
        test::TestLibrary lib;
        for (int i = 0; i < 30; ++i)
            lib.writeFile(u"c/%1.txt"_s.arg(i, 3, 10, QChar(u'0')), u"T%1\nB%1"_s.arg(i).toUtf8());
        ImportOptions options;
        options.batchSize = 10;
        std::atomic_bool cancel{false};
        const ImportReport report =
            Importer(lib.db(), options)
                .run(
                    {lib.dir() + u"/c"_s}, [&](qsizetype, qsizetype) { cancel = true; }, &cancel);
        QVERIFY(report.cancelled);
        QCOMPARE(report.files.size(), 30);
        QCOMPARE(report.count(ImportOutcome::Imported), 10);
        QCOMPARE(*ArticleStore(lib.db()).count(), 10);
        QVERIFY(report.files.last().reason.contains(u"cancelled"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
