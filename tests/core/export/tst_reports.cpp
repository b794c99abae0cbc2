// Markdown and HTML reports: every section is there, and the HTML needs nothing from outside.
#include "export/exportdata.h"
#include "export/exporter.h"
#include "export/reports.h"
#include "exportfixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Reports final : public QObject
{
    Q_OBJECT
private slots:
    void shouldReportArticlesAndClaimsInMarkdown()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::library());
        QVERIFY(data);
        const QString md = markdownReport(*data);
        QVERIFY(md.contains(u"## Зеленський про мир"_s));
        QVERIFY(md.contains(u"**Outlet:** Укрінформ"_s));
        QVERIFY(md.contains(u"### Quotations"_s));
        QVERIFY(md.contains(u"#### Vladimir Putin"_s));
        QVERIFY(md.contains(u"| Kyiv | Києві |"_s)); // canonical name, then the spelling used
        QVERIFY(md.contains(u"#### Peace terms / Withdrawal"_s));
        QVERIFY(md.contains(u"Compare with **RT**"_s));
        QVERIFY(md.contains(u"### Russia will not withdraw its troops"_s));
        QVERIFY(md.contains(u"| Укрінформ | Зеленський про мир |"_s));
        QVERIFY(md.contains(u"translation variant"_s));
        QVERIFY(md.contains(u"## Claims × outlets"_s));
        QVERIFY(md.contains(
            u"| Russia will not withdraw its troops | verbatim | translation variant |"_s));
    }

    void shouldWriteOneSelfContainedHtmlFile()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::library());
        QVERIFY(data);
        const QString html = htmlReport(*data);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<style>"_s));
        QVERIFY(html.contains(u"<mark class=\"code\" style=\"background:#3498db"_s));
        QVERIFY(html.contains(u"Зеленський про мир"_s));
        // Nothing to fetch: no sources, links, imports or URLs in styles.
        static const QRegularExpression remote(
            uR"((src|href)\s*=|url\s*\(|@import|<link|<script|<img|<iframe|<object)"_s,
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!remote.match(html).hasMatch(), qPrintable(remote.match(html).captured()));
        // The article's address is shown as text, not linked.
        QVERIFY(html.contains(u"<code>https://example.org/ukrinform/peace</code>"_s));
        // A name with markup stays text.
        QVERIFY(html.contains(u"=Formula, &quot;quoted&quot;"_s));
    }

    void shouldFailWhenTheFileSystemStopsTakingBytes_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json,
                                    ExportFormat::Csv, ExportFormat::WebAnnotation})
            QTest::newRow(qPrintable(storedName(format))) << format;
    }

    void shouldFailWhenTheFileSystemStopsTakingBytes()
    {
        // A file-size limit makes every write past 2 KB fail, as a full disk does: the export
        // must say so, and leave neither the target nor a partial file.
        QFETCH(ExportFormat, format);
        test::ExportFixture f;
        QTemporaryDir out;
        const QString path = out.filePath(u"report"_s);
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = before;
        small.rlim_cur = 2048;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status done = exportLibrary(f.library.db(), ExportScope::library(), format, path);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Io);
        QVERIFY2(!done.error().message.contains(u"Unknown error"_s),
                 qPrintable(done.error().message));
        QVERIFY2(done.error().message.contains(u"too large"_s, Qt::CaseInsensitive),
                 qPrintable(done.error().message));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"
