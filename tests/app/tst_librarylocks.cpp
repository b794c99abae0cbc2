// The GUI keeps SQLite's locks on its library whatever the user opens: every file dialog of the
// window shown on the library's folder, and an import of that folder. Afterwards a second
// process (parallax-cli) reads the library and exits; the library's -wal and -shm must still
// be there, the second process must see the GUI's edits, and after a kill -9 of the GUI every
// edit it committed must be in the library.
#include "storage/codestore.h"
#include "testlibrary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_LibraryLocks final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    QString m_library;
    QProcess m_driver;
    QStringList m_lines;
    QStringList m_committed;

    // Reads the driver's output until pred holds; false on timeout or when the driver ends.
    bool readUntil(const std::function<bool()> &pred, int timeoutMs = 60000)
    {
        QElapsedTimer clock;
        clock.start();
        QByteArray pending;
        while (!pred()) {
            if (clock.elapsed() > timeoutMs || m_driver.state() != QProcess::Running)
                return false;
            m_driver.waitForReadyRead(200);
            pending += m_driver.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QString line = QString::fromUtf8(pending.left(newline));
                pending.remove(0, newline + 1);
                m_lines.append(line);
                if (line.startsWith(u"committed "_s))
                    m_committed.append(line.mid(10));
            }
        }
        return true;
    }

    QJsonObject cliStats()
    {
        QProcess cli;
        cli.start(QStringLiteral(PARALLAX_CLI),
                  {u"--library"_s, m_library, u"--json"_s, u"stats"_s});
        if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    }

    // Files of the library the driver still has open after another process deleted them.
    QStringList deletedLibraryFiles() const
    {
        QStringList deleted;
        const QDir fds(u"/proc/%1/fd"_s.arg(m_driver.processId()));
        for (const QString &fd :
             fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.startsWith(m_library) && target.endsWith(u" (deleted)"_s))
                deleted.append(target);
        }
        return deleted;
    }

    void startDriver(const QString &mode)
    {
        m_driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_driver.start(QStringLiteral(PARALLAX_LOCK_DRIVER), {m_library, mode, m_folder});
        QVERIFY(m_driver.waitForStarted());
    }

    // The checks after the driver has done what once released the locks.
    void checkLocksSurvive()
    {
        QVERIFY2(readUntil([this] { return m_committed.size() >= 5; }),
                 qPrintable(m_lines.join(u'\n')));
        const qsizetype before = m_committed.size();
        const QJsonObject stats = cliStats();
        QVERIFY2(!stats.isEmpty(), "parallax-cli could not read the library");
        QVERIFY2(stats.value(u"codes"_s).toInt() >= before,
                 qPrintable(u"the CLI sees %1 codes; the GUI had committed %2"_s
                                .arg(stats.value(u"codes"_s).toInt())
                                .arg(before)));
        QVERIFY2(QFile::exists(m_library + u"-wal"_s), "the second process deleted the GUI's log");
        QVERIFY2(QFile::exists(m_library + u"-shm"_s),
                 "the second process deleted the GUI's index");

        // Edits after the second process has gone must land in the library, not a deleted file.
        QVERIFY2(readUntil([&] { return m_committed.size() >= before + 20; }),
                 qPrintable(m_lines.join(u'\n')));
        QCOMPARE(deletedLibraryFiles(), QStringList());
        m_driver.kill();
        QVERIFY(m_driver.waitForFinished());

        auto reopened = Database::open(m_library, {.createIfMissing = false});
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QSqlQuery check((*reopened)->handle());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QSet<QString> names;
        for (const Code &code : *CodeStore(**reopened).list())
            names.insert(code.name);
        for (const QString &name : std::as_const(m_committed))
            QVERIFY2(names.contains(name), qPrintable(u"committed edit %1 is missing"_s.arg(name)));
    }

private slots:
    void init()
    {
        m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(m_folder + u"/articles"_s));
        m_library = m_folder + u"/library.sqlite"_s;
        {
            auto library = Database::open(m_library);
            QVERIFY(library);
            test::importSeeds(**library);
        }
        QFile article(m_folder + u"/articles/council.txt"_s);
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Council backs the new bridge\n\n\"We will build it this year,\" "
                      "the mayor, Ada Lovell, said on Tuesday in Riverton.\n");
        m_lines.clear();
        m_committed.clear();
    }

    void cleanup()
    {
        if (m_driver.state() != QProcess::NotRunning) {
            m_driver.kill();
            m_driver.waitForFinished();
        }
    }

    void shouldKeepTheLocksThroughEveryFileDialog()
    {
        startDriver(u"dialogs"_s);
        QVERIFY2(readUntil([this] { return m_lines.filter(u"dialog "_s).size() == 6; }),
                 qPrintable(m_lines.join(u'\n')));
        checkLocksSurvive();
    }

    void shouldKeepTheLocksWhenImportingTheLibrarysFolder()
    {
        startDriver(u"import"_s);
        QVERIFY2(readUntil([this] { return !m_committed.isEmpty(); }),
                 qPrintable(m_lines.join(u'\n')));
        QVERIFY2(m_lines.contains(u"import skipped "_s + m_library),
                 qPrintable(m_lines.join(u'\n')));
        QVERIFY(m_lines.contains(u"import imported "_s + m_folder + u"/articles/council.txt"_s));
        QCOMPARE(m_lines.filter(u"library.sqlite-"_s), QStringList());
        checkLocksSurvive();
    }
};

QTEST_GUILESS_MAIN(tst_LibraryLocks)
#include "tst_librarylocks.moc"
