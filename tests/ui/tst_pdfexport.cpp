// The PDF report: a real PDF whose page count is the one the report lays out to.
#include "export/exportdata.h"
#include "export/pdfexport.h"
#include "exportfixture.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_PdfExport final : public QObject
{
    Q_OBJECT
private slots:
    void shouldPrintTheReportOnItsPages()
    {
        test::ExportFixture f;
        auto data = loadExport(f.library.db(), ExportScope::library());
        QVERIFY(data);
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter layoutWriter(&scratch);
        QTextDocument document;
        layOutReport(document, *data, layoutWriter);
        const int expected = document.pageCount();
        QVERIFY(expected > 1);

        const QString path = f.library.dir() + u"/report.pdf"_s;
        QVERIFY(writePdf(*data, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY2(info.waitForFinished(30000), "pdfinfo (poppler-utils) must be installed");
        QCOMPARE(info.exitCode(), 0);
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(text);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), expected);
        QVERIFY(text.contains(u"Parallax report"_s));

        // The Cyrillic text is real text in the PDF, not shapes.
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        QVERIFY(
            QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(u"Зеленський про мир"_s));
    }
};

QTEST_MAIN(tst_PdfExport)
#include "tst_pdfexport.moc"
