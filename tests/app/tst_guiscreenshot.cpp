#include "storage/articlestore.h"
#include "storage/database.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_GuiScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void shouldOpenNewLibraryWithSamplesAndRenderIt()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(u"new.sqlite"_s);
        const QString png = dir.filePath(u"window.png"_s);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"HOME"_s, dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PARALLAX_GUI),
                  {u"--library"_s, library, u"--screenshot"_s, png, u"--open"_s, u"2"_s});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);

        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);

        auto db = Database::open(library);
        QVERIFY(db);
        QCOMPARE(*ArticleStore(**db).count(), 5); // a new library starts with the samples
    }

    void shouldFailClearlyOnUnusableLibrary()
    {
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PARALLAX_GUI),
                  {u"--library"_s, dir.path(), u"--screenshot"_s, dir.filePath(u"x.png"_s)});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains("is not a file"));
    }
};

QTEST_GUILESS_MAIN(tst_GuiScreenshot)
#include "tst_guiscreenshot.moc"
