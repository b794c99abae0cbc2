// Crash safety: a child process tags passages and is killed with SIGKILL midway. The library
// must open cleanly, pass PRAGMA integrity_check, and hold every edit the child reported as
// committed, whole.
#include "domain/annotation.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "testlibrary.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_CrashSafety final : public QObject
{
    Q_OBJECT
private slots:
    void shouldKeepEveryCommittedEditAfterAKill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        {
            auto library = Database::open(path);
            QVERIFY(library);
            test::importSeeds(**library);
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(PARALLAX_EDIT_DRIVER), {path});
        QVERIFY(child.waitForStarted());
        QList<qint64> committed;
        QByteArray pending;
        // Let it commit a good number of edits, then kill it wherever it is.
        while (committed.size() < 60 && child.state() == QProcess::Running) {
            child.waitForReadyRead(5000);
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("committed "))
                    committed.append(line.mid(10).toLongLong());
            }
        }
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(committed.size() >= 60);

        auto reopened = Database::open(path, {.createIfMissing = false});
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QSqlQuery check((*reopened)->handle());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!check.next());

        const AnnotationStore annotations(**reopened);
        const ArticleStore articles(**reopened);
        for (const qint64 id : std::as_const(committed)) {
            auto annotation = annotations.get(id);
            QVERIFY2(annotation, qPrintable(u"committed edit %1 is missing"_s.arg(id)));
            QCOMPARE(annotation->kind, AnnotationKind::Code);
            const Article article = *articles.get(annotation->articleId);
            QCOMPARE(annotation->exact,
                     article.body.mid(annotation->start, annotation->end - annotation->start));
        }
        // Nothing half-written: every code annotation is whole and its counts add up.
        QVERIFY(check.exec(uR"(SELECT count(*) FROM annotations WHERE kind = 'code'
                               AND (code_id IS NULL OR length(exact) <> end - start))"_s) &&
                check.next());
        QCOMPARE(check.value(0).toInt(), 0);
        QVERIFY(check.exec(uR"(SELECT count(*) FROM article_stats s WHERE quotes <> (SELECT count(*)
                               FROM annotations n WHERE n.article_id = s.article_id AND n.kind = 'quote'
                               AND n.status <> 'rejected'))"_s) &&
                check.next());
        QCOMPARE(check.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
