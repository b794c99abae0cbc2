#include "exporting/exportactions.h"

#include "export/pdfexport.h"
#include "export/qdccodebook.h"
#include "export/qdpximport.h"
#include "exporting/exportdialog.h"
#include "files/filedialogs.h"
#include "progress/backgroundwork.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <optional>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// The report without its lists of what was left out, which the box shows apart.
QStringList summaryLines(const QdpxImportReport &report)
{
    QStringList lines = report.describe();
    lines.removeIf([](const QString &line) {
        return line.startsWith(u"  skipped:"_s) || line.startsWith(u"Not taken in:"_s);
    });
    return lines;
}

} // namespace

ExportActions::ExportActions(QMainWindow *window, const LibraryHost &host,
                             std::function<QList<qint64>()> selectedArticles)
    : QObject(window), m_window(window), m_host(host), m_selected(std::move(selectedArticles))
{}

void ExportActions::addTo(QMenu *menu, QAction *before)
{
    auto *exporting = new QAction(tr("&Export…"), this);
    exporting->setObjectName(u"actionExport"_s);
    exporting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exporting, &QAction::triggered, this, &ExportActions::chooseExport);
    auto *importing = new QAction(tr("Import REFI-QDA &Project…"), this);
    importing->setObjectName(u"actionImportProject"_s);
    connect(importing, &QAction::triggered, this, &ExportActions::chooseImport);
    auto *codebook = new QAction(tr("Import REFI-QDA &Codebook…"), this);
    codebook->setObjectName(u"actionImportCodebook"_s);
    connect(codebook, &QAction::triggered, this, [this] {
        if (!m_host.hasLibrary())
            return;
        const QString path = filedialogs::openFile(m_window, tr("Import REFI-QDA Codebook"),
                                                   AppSettings().lastImportFolder(),
                                                   tr("REFI-QDA codebooks (*.qdc)"));
        if (!path.isEmpty())
            importCodebook(path);
    });
    menu->insertActions(before, {exporting, importing, codebook});
    menu->insertSeparator(before);
}

void ExportActions::chooseExport()
{
    const LibraryRef library = m_host.library();
    if (!library)
        return;
    ExportDialog dialog(library, m_selected(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        write(dialog.scope(), dialog.format(), dialog.path());
}

bool ExportActions::write(const ExportScope &scope, ExportFormat format, const QString &path)
{
    const LibraryRef library = m_host.library();
    if (!library)
        return false;
    // The export reads on a connection of its own, off the GUI thread; a PDF is then painted
    // here, as Qt's text layout wants.
    Status done;
    std::optional<ExportData> pdfData;
    bool cancelled = false;
    backgroundwork::run(m_window, tr("Exporting %1…").arg(scope.describe()), u"exportProgress"_s,
                        true, [&](const backgroundwork::Controls &controls) {
                            auto own = library->openAnotherConnection();
                            if (!own) {
                                done = own.error();
                                return;
                            }
                            if (format == ExportFormat::Pdf) {
                                Result<ExportData> data = loadExport(**own, scope);
                                if (data)
                                    pdfData = std::move(data).value();
                                else
                                    done = data.error();
                            } else {
                                done = exportLibrary(**own, scope, format, path,
                                                     {controls.stage, controls.cancelled});
                            }
                            cancelled = controls.cancelled->load();
                        });
    if (done && pdfData && !cancelled) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        done = writePdf(*pdfData, path);
        QApplication::restoreOverrideCursor();
    }
    if (cancelled && (!done || pdfData)) {
        m_window->statusBar()->showMessage(tr("Export cancelled; nothing was written."), 8000);
        return false;
    }
    if (!done) {
        QMessageBox::warning(
            m_window, tr("Export failed"),
            tr("%1\n\nNothing was written to %2.").arg(done.error().message, path));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1 to %2").arg(scope.describe(), path), 8000);
    return true;
}

void ExportActions::chooseImport()
{
    if (!m_host.hasLibrary())
        return;
    const QString path =
        filedialogs::openFile(m_window, tr("Import REFI-QDA Project"),
                              AppSettings().lastImportFolder(), tr("REFI-QDA projects (*.qdpx)"));
    if (!path.isEmpty())
        importProject(path);
}

bool ExportActions::importCodebook(const QString &path)
{
    const LibraryRef library = m_host.library();
    if (!library)
        return false;
    Result<QdcImportReport> report = makeError(ErrorCode::Cancelled, QString());
    backgroundwork::run(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                        u"importProgress"_s, false, [&](const backgroundwork::Controls &) {
                            auto own = library->openAnotherConnection();
                            report =
                                own ? importQdc(**own, path) : Result<QdcImportReport>(own.error());
                        });
    if (!report) {
        QMessageBox::warning(m_window, tr("Import failed"),
                             tr("%1\n\nThe codebook is as it was.").arg(report.error().message));
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Merged %1 code(s) from %2: %3 new, %4 already in the codebook.")
            .arg(report->codes)
            .arg(QFileInfo(path).fileName())
            .arg(report->added)
            .arg(report->codes - report->added),
        10000);
    return true;
}

bool ExportActions::importProject(const QString &path)
{
    const LibraryRef library = m_host.library();
    if (!library)
        return false;
    // On a connection of its own, off the GUI thread; the views hear of what it committed
    // through the library's notifier.
    Result<QdpxImportReport> report = makeError(ErrorCode::Cancelled, QString());
    backgroundwork::run(m_window, tr("Importing %1…").arg(QFileInfo(path).fileName()),
                        u"importProgress"_s, true, [&](const backgroundwork::Controls &controls) {
                            auto own = library->openAnotherConnection();
                            report = own ? importQdpx(**own, path, {}, controls.cancelled)
                                         : Result<QdpxImportReport>(own.error());
                        });
    if (!report && report.error().code == ErrorCode::Cancelled) {
        m_window->statusBar()->showMessage(tr("Import cancelled; the library is as it was."), 8000);
        return false;
    }
    if (!report) {
        QMessageBox::warning(m_window, tr("Import failed"),
                             tr("%1\n\nThe library is as it was.").arg(report.error().message));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Imported %1: %2 new article(s), %3 already in the "
                                          "library, %4 passage(s), %5 code(s), %6 note(s), "
                                          "%7 claim(s).")
                                           .arg(QFileInfo(path).fileName())
                                           .arg(report->articles)
                                           .arg(report->reusedArticles)
                                           .arg(report->annotations)
                                           .arg(report->codes)
                                           .arg(report->notes)
                                           .arg(report->claims),
                                       10000);
    // What did not come in is told in a window of its own, with each skipped item listed.
    if (!report->notTaken.isEmpty() || !report->skipped.isEmpty()) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Imported with omissions"),
                            summaryLines(*report).join(u"\n\n"_s), QMessageBox::Ok, m_window);
        box->setObjectName(u"importReport"_s);
        box->setInformativeText(tr("Not taken in: %1.")
                                    .arg(report->leftOutSummary().isEmpty()
                                             ? tr("nothing")
                                             : report->leftOutSummary()));
        if (!report->skipped.isEmpty())
            box->setDetailedText(report->skipped.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    return true;
}

} // namespace parallax
