// Crash safety of import: parallax-cli imports a folder and is killed with SIGKILL at a
// different moment in each round. After every kill the library opens cleanly and passes its
// checks, every article in it is whole with all its findings (as many as an import that was
// never interrupted stored for the same text), and importing the folder again completes the set.
#include "storage/database.h"
#include "testlibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

constexpr int kArticles = 60;
constexpr int kRounds = 12;

// Articles of our own, made from the seed articles with a line that makes each one unique.
void writeFolder(const QString &folder)
{
    const QStringList seeds = test::seedArticlePaths();
    for (int i = 0; i < kArticles; ++i) {
        QFile seed(seeds.at(i % seeds.size()));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QFile out(QDir(folder).filePath(u"article-%1.txt"_s.arg(i, 3, 10, QChar(u'0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(seed.readAll());
        out.write(
            u"\n\nEditor's note %1: this copy was filed for the archive.\n"_s.arg(i).toUtf8());
    }
}

int runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(PARALLAX_CLI), arguments);
    if (!cli.waitForFinished(300000))
        return -1;
    return cli.exitCode();
}

// Per article, by its text's hash: how many findings of each kind it has.
QHash<QString, QString> findingsByText(const Database &db)
{
    QHash<QString, QString> result;
    QSqlQuery query(db.handle());
    if (!query.exec(uR"(SELECT a.content_hash,
                              (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.kind = 'quote'),
                              (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.kind = 'speaker'),
                              (SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.kind = 'place')
                       FROM articles a)"_s))
        qFatal("cannot read the findings");
    while (query.next())
        result.insert(query.value(0).toString(),
                      u"%1/%2/%3"_s.arg(query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString()));
    return result;
}

QString scalarText(const Database &db, const QString &statement)
{
    QSqlQuery query(db.handle());
    if (!query.exec(statement) || !query.next())
        return u"(failed: %1)"_s.arg(statement);
    return query.value(0).toString();
}

} // namespace

class tst_ImportCrash final : public QObject
{
    Q_OBJECT
private slots:
    void shouldKeepEveryArticleWholeOrAbsentAfterAKill()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"articles"_s);
        QVERIFY(QDir().mkpath(folder));
        writeFolder(folder);

        // What an import that was never interrupted stores.
        const QString reference = dir.filePath(u"reference.sqlite"_s);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli({u"--library"_s, reference, u"--quiet"_s, u"import"_s, folder}), 0);
        QHash<QString, QString> expected;
        {
            auto db = Database::open(reference);
            QVERIFY(db);
            expected = findingsByText(**db);
        }
        QCOMPARE(expected.size(), kArticles);
        const int importMs = int(qMax<qint64>(timer.elapsed(), 20));

        QRandomGenerator random(20261207);
        int killedMidway = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QString path = dir.filePath(u"round-%1.sqlite"_s.arg(round));
            QProcess child;
            child.start(QStringLiteral(PARALLAX_CLI), {u"--library"_s, path, u"import"_s, folder});
            QVERIFY(child.waitForStarted());
            // Anywhere from the start of the process to the end of its import.
            QTest::qWait(int(random.bounded(5, importMs)));
            const bool stillRunning = child.state() == QProcess::Running;
            child.kill();
            if (child.state() != QProcess::NotRunning)
                QVERIFY(child.waitForFinished(30000));
            killedMidway += stillRunning;
            if (!QFile::exists(path))
                continue; // killed before the library was made

            {
                auto db = Database::open(path, {.createIfMissing = false});
                QVERIFY2(db, db ? "" : qPrintable(db.error().message));
                QCOMPARE(scalarText(**db, u"PRAGMA integrity_check"_s), u"ok"_s);
                QCOMPARE(scalarText(**db, u"SELECT count(*) FROM pragma_foreign_key_check"_s),
                         u"0"_s);
                QCOMPARE(
                    scalarText(**db,
                               u"SELECT count(*) FROM articles WHERE analyser_version IS NULL"_s),
                    u"0"_s);
                // Every article's text is indexed for search.
                QCOMPARE(
                    scalarText(
                        **db,
                        u"SELECT count(*) FROM articles WHERE id NOT IN "
                        u"(SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'archive')"_s),
                    u"0"_s);
                const QHash<QString, QString> found = findingsByText(**db);
                for (auto it = found.cbegin(); it != found.cend(); ++it)
                    QVERIFY2(
                        expected.value(it.key()) == it.value(),
                        qPrintable(
                            u"round %1: an article has findings %2, expected %3"_s.arg(round).arg(
                                it.value(), expected.value(it.key()))));
            }
            // Importing again completes the set, and changes nothing already there.
            QCOMPARE(runCli({u"--library"_s, path, u"--quiet"_s, u"import"_s, folder}), 0);
            auto db = Database::open(path, {.createIfMissing = false});
            QVERIFY(db);
            QCOMPARE(findingsByText(**db), expected);
        }
        QVERIFY2(killedMidway >= kRounds / 2, "the imports finished before they could be killed");
    }
};

QTEST_GUILESS_MAIN(tst_ImportCrash)
#include "tst_importcrash.moc"
