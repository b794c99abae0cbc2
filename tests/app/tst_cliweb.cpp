// parallax-cli import-url and feed, against a web server on the loopback address.
#include "localhttpserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using parallax::test::HttpResponse;
using parallax::test::LocalHttpServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QByteArray page(const QString &title, const QString &text)
{
    return (u"<html><head><title>%1 – Example Wire</title><meta property=\"og:site_name\" "
            u"content=\"Example Wire\">"
            u"</head><body><article><h1>%1</h1><p>%2</p><p>Officials said, after long calls, that "
            u"the talks "
            u"would resume in Geneva next week, with advisers on both sides.</p></article></body></html>"_s)
        .arg(title, text)
        .toUtf8();
}

} // namespace

class tst_CliWeb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;

    // The server answers from this process's event loop, so the tool is awaited on one.
    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        process.start(
            QStringLiteral(PARALLAX_CLI),
            QStringList{u"--library"_s, m_dir.filePath(u"library.sqlite"_s), u"--json"_s} + args);
        loop.exec();
        if (process.state() != QProcess::NotRunning)
            return {};
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        m_server.serve(u"/one"_s, {200,
                                   "text/html",
                                   page(u"Talks resume"_s, u"“We are ready,” the envoy said."_s),
                                   {},
                                   0,
                                   true});
        m_server.serve(
            u"/two"_s,
            {200, "text/html", page(u"Second story"_s, u"A second text entirely."_s), {}, 0, true});
        m_server.serve(
            u"/feed.xml"_s,
            {200,
             "application/atom+xml",
             (u"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
              u"<entry><id>1</id><title>One</title><link href=\"%1\"/></entry>"
              u"<entry><id>2</id><title>Two</title><link href=\"%2\"/></entry></feed>"_s)
                 .arg(m_server.url(u"/one"_s).toString(), m_server.url(u"/two"_s).toString())
                 .toUtf8(),
             {},
             0,
             true});
    }

    void shouldImportPagesByUrl()
    {
        const Run run = cli({u"import-url"_s, m_server.url(u"/one"_s).toString(),
                             m_server.url(u"/gone"_s).toString()});
        QCOMPARE(run.exitCode, 1); // one page failed
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"imported"_s).toInt(), 1);
        QCOMPARE(json.value(u"failed"_s).toInt(), 1);
        const QJsonArray files = json.value(u"files"_s).toArray();
        bool sawFailure = false;
        for (const QJsonValue &file : files)
            if (file.toObject().value(u"status"_s).toString() == "failed"_L1) {
                sawFailure = true;
                QVERIFY(file.toObject().value(u"reason"_s).toString().contains(u"404"_s));
            }
        QVERIFY(sawFailure);

        const Run again = cli({u"import-url"_s, m_server.url(u"/one"_s).toString()});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"duplicates"_s).toInt(), 1);
    }

    void shouldSubscribeListRefreshAndRemoveFeeds()
    {
        const Run added = cli({u"feed"_s, u"add"_s, m_server.url(u"/feed.xml"_s).toString(),
                               u"--outlet"_s, u"Wire Feed"_s});
        QCOMPARE(added.exitCode, 0);
        const qint64 id = added.json().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(cli({u"feed"_s, u"add"_s, m_server.url(u"/feed.xml"_s).toString()}).exitCode, 1);
        QCOMPARE(cli({u"feed"_s, u"add"_s, u"file:///etc/passwd"_s}).exitCode, 1);

        const Run refreshed = cli({u"feed"_s, u"refresh"_s});
        QCOMPARE(refreshed.exitCode, 0);
        const QJsonObject feed = refreshed.json().value(u"feeds"_s).toArray().at(0).toObject();
        QCOMPARE(feed.value(u"new_items"_s).toInt(), 2);
        // /one came in by URL before; the feed finds it already in the library.
        QCOMPARE(feed.value(u"duplicates"_s).toInt() + feed.value(u"imported"_s).toInt(), 2);

        const Run listed = cli({u"feed"_s, u"list"_s});
        const QJsonObject row = listed.json().value(u"feeds"_s).toArray().at(0).toObject();
        QCOMPARE(row.value(u"title"_s).toString(), u"Wire"_s);
        QCOMPARE(row.value(u"outlet"_s).toString(), u"Wire Feed"_s);
        QCOMPARE(row.value(u"articles"_s).toInt(), 2);

        const Run second = cli({u"feed"_s, u"refresh"_s, QString::number(id)});
        QCOMPARE(second.json()
                     .value(u"feeds"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"new_items"_s)
                     .toInt(),
                 0);

        QCOMPARE(cli({u"feed"_s, u"remove"_s, QString::number(id)}).exitCode, 0);
        QCOMPARE(cli({u"feed"_s, u"list"_s}).json().value(u"feeds"_s).toArray().size(), 0);
        QCOMPARE(cli({u"feed"_s, u"frobnicate"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliWeb)
#include "tst_cliweb.moc"
