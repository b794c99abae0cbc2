#include "export/pdfexport.h"

#include "export/exportdata.h"
#include "export/reports.h"
#include "storage/libraryfiles.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int kResolution = 300;      // dots per inch of the PDF
constexpr int kLayoutResolution = 72; // dots per inch the report is laid out at: points

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                       QPageLayout::Millimeter);
}

} // namespace

void layOutReport(QTextDocument &document, const ExportData &data, QPdfWriter &writer)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(a4());
    // Laid out at a fixed resolution, not against the writer: text measured on a PDF writer
    // depends on which fonts the process has loaded so far, and the same report came out a
    // page longer or shorter from one export to the next.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(kLayoutResolution / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(htmlReport(data));
    const QRect page = a4().paintRectPixels(kLayoutResolution);
    document.setPageSize(QSizeF(page.size()));
}

Status writePdf(const ExportData &data, const QString &path)
{
    if (Status target = libraryfiles::checkExportTarget(path); !target)
        return target;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(u"Parallax report: %1"_s.arg(data.title()));
        writer.setCreator(u"Parallax"_s);
        QTextDocument document;
        layOutReport(document, data, writer);
        // Page by page from that layout, scaled to the writer's resolution, so the PDF has
        // exactly the pages laid out.
        QPainter painter(&writer);
        const qreal scale = qreal(kResolution) / kLayoutResolution;
        const QSizeF page = document.pageSize();
        for (int index = 0; index < document.pageCount(); ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -index * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
            painter.restore();
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace parallax
