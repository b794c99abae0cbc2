#include "export/pdfexport.h"

#include "export/exportdata.h"
#include "export/reports.h"
#include "storage/libraryfiles.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int kResolution = 300; // dots per inch the document is laid out at

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
    // Fonts measured at the writer's resolution, so the text has its real size on paper.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(10.5);
    document.setDefaultFont(font);
    document.setHtml(htmlReport(data));
    const QRect page = a4().paintRectPixels(kResolution);
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
        document.print(&writer);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace parallax
