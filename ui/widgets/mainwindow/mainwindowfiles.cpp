// MainWindow: opening libraries, importing files, and keeping the open library's files safe.
#include "files/filedialogs.h"
#include "import/importer.h"
#include "importing/feedspanel.h"
#include "importing/importdialog.h"
#include "importing/importurldialog.h"
#include "mainwindow/libraryrepair.h"
#include "mainwindow/mainwindow.h"
#include "models/feedlistmodel.h"
#include "settings/appsettings.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace parallax {

void MainWindow::chooseLibrary(bool create)
{
    const QString dir = m_library ? QFileInfo(m_library->path()).absolutePath() : QString();
    const QString filter = tr("Parallax libraries (*.sqlite *.parallax);;All files (*)");
    const QString path = create ? filedialogs::saveFile(this, tr("New Library"), dir, filter)
                                : filedialogs::openFile(this, tr("Open Library"), dir, filter);
    if (!path.isEmpty())
        openLibraryFile(path);
}

void MainWindow::openLibraryFile(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        reportOpenFailure(path, opened.error());
        return;
    }
    AppSettings().setLastLibraryPath(path);
    m_host.setLibrary(std::move(opened).value());
}

void MainWindow::reportOpenFailure(const QString &path, const Error &error)
{
    const QString salvaged = libraryrepair::reportOpenFailure(this, path, error.message,
                                                              error.code == ErrorCode::Damaged);
    if (!salvaged.isEmpty())
        openLibraryFile(salvaged);
}

void MainWindow::watchLibraryLocks()
{
    // Queued: the loss is found inside a write that is failing, on this library's connection;
    // the library is closed only once that call has returned.
    if (m_library)
        connect(m_library->notifier(), &ChangeNotifier::locksLost, this,
                &MainWindow::recoverLostLocks, Qt::QueuedConnection);
}

void MainWindow::recoverLostLocks(const QString &message)
{
    if (!m_library || !m_library->locksLost())
        return;
    // Every connection this window holds closes before the library opens again, so SQLite
    // takes its locks afresh instead of sharing the state that lost them.
    const QString path = m_library->path();
    m_host.setLibrary(nullptr);
    openLibraryFile(path);
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("The library was reopened"),
        m_library ? tr("%1\n\nParallax has reopened it: repeat your last change.").arg(message)
                  : message,
        QMessageBox::Ok, this);
    box->setObjectName(u"locksLostMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::chooseImport(bool folders)
{
    AppSettings settings;
    QStringList paths;
    if (folders) {
        const QString dir =
            filedialogs::folder(this, tr("Import Folder"), settings.lastImportFolder());
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = filedialogs::openFiles(this, tr("Import Articles"), settings.lastImportFolder(),
                                       tr("Articles (*.txt *.html *.htm *.md);;All files (*)"));
    }
    if (paths.isEmpty())
        return;
    settings.setLastImportFolder(QFileInfo(paths.constFirst()).absolutePath());
    importPaths(paths);
}

ImportDialog *MainWindow::openImportDialog()
{
    auto *dialog = new ImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](const ImportReport &report) {
        QString summary = tr("Import: %1 imported, %2 duplicates, %3 failed")
                              .arg(report.count(ImportOutcome::Imported))
                              .arg(report.count(ImportOutcome::Duplicate))
                              .arg(report.count(ImportOutcome::Failed));
        if (const int skipped = report.count(ImportOutcome::Skipped); skipped > 0)
            summary += tr(", %1 skipped").arg(skipped);
        statusBar()->showMessage(summary, 8000);
    });
    return dialog;
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_library || paths.isEmpty())
        return;
    ImportDialog *dialog = openImportDialog();
    dialog->start(m_library, paths);
    dialog->show();
}

void MainWindow::chooseImportUrls()
{
    if (!m_library)
        return;
    ImportUrlDialog ask(this);
    if (ask.exec() == QDialog::Accepted)
        importUrls(ask.urls());
}

void MainWindow::importUrls(const QStringList &urls)
{
    if (!m_library || urls.isEmpty())
        return;
    ImportDialog *dialog = openImportDialog();
    dialog->startUrls(m_library, urls);
    dialog->show();
}

void MainWindow::refreshFeeds(const QList<qint64> &feedIds)
{
    if (!m_library)
        return;
    if (m_feeds->model()->rowCount() == 0) {
        statusBar()->showMessage(tr("No feeds yet: add one in the Feeds panel (View → Feeds)."),
                                 8000);
        findChild<QDockWidget *>(u"feedsDock"_s)->show();
        return;
    }
    ImportDialog *dialog = openImportDialog();
    dialog->startFeedRefresh(m_library, feedIds);
    dialog->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Only the paths are taken; the importer decides, without opening them, which are articles.
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace parallax
