#include "mainwindow/libraryrepair.h"

#include "files/filedialogs.h"
#include "storage/sqlite/libraryinspection.h"
#include "storage/sqlite/librarysalvage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace parallax::libraryrepair {
namespace {

// Runs work on a thread of its own while a modal progress dialog keeps the window responsive.
void runWithProgress(QProgressDialog &dialog, const std::function<void()> &work)
{
    QEventLoop loop;
    QThread *thread = QThread::create(work);
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    dialog.show();
    loop.exec();
    thread->wait();
    delete thread;
    dialog.hide();
}

QString suggestedSalvagePath(const QString &damagedPath)
{
    const QFileInfo info(damagedPath);
    QString candidate = info.dir().filePath(info.completeBaseName() + u"-salvaged.sqlite"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate =
            info.dir().filePath(u"%1-salvaged-%2.sqlite"_s.arg(info.completeBaseName()).arg(n));
    return candidate;
}

} // namespace

QString salvage(QWidget *parent, const QString &damagedPath)
{
    const QString target = filedialogs::saveFile(
        parent, QApplication::translate("LibraryRepair", "Salvage into a New Library"),
        suggestedSalvagePath(damagedPath),
        QApplication::translate("LibraryRepair", "Parallax libraries (*.sqlite)"));
    if (target.isEmpty())
        return {};
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(
            parent, QApplication::translate("LibraryRepair", "Cannot salvage"),
            QApplication::translate("LibraryRepair", "%1 already exists. Choose a new file.")
                .arg(QDir::toNativeSeparators(target)));
        return {};
    }
    QProgressDialog dialog(QApplication::translate("LibraryRepair", "Reading the damaged library…"),
                           QApplication::translate("LibraryRepair", "Cancel"), 0, 0, parent);
    dialog.setObjectName(u"salvageProgress"_s);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    std::atomic<bool> cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [&cancelled] { cancelled = true; });
    Result<SalvageReport> report = makeError(ErrorCode::Cancelled, QString());
    runWithProgress(dialog, [&] {
        report = salvageLibrary(damagedPath, target, [&](const QString &table) {
            QMetaObject::invokeMethod(
                &dialog,
                [&dialog, table] {
                    dialog.setLabelText(
                        QApplication::translate("LibraryRepair", "Copying %1…").arg(table));
                },
                Qt::QueuedConnection);
            return !cancelled.load();
        });
    });
    if (!report) {
        if (report.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(parent, QApplication::translate("LibraryRepair", "Cannot salvage"),
                                 report.error().message);
        return {};
    }
    const QString summary =
        report->lost() == 0
            ? QApplication::translate("LibraryRepair",
                                      "Every row that could be found was copied (%1 in all).")
                  .arg(report->copied())
            : QApplication::translate(
                  "LibraryRepair",
                  "%1 rows were copied; at least %2 could not be read and are missing from the "
                  "new library.")
                  .arg(report->copied())
                  .arg(report->lost());
    const auto answer = QMessageBox::question(
        parent, QApplication::translate("LibraryRepair", "Library salvaged"),
        QApplication::translate("LibraryRepair", "%1\n\nThe new library is %2. Open it now?")
            .arg(summary, QDir::toNativeSeparators(target)),
        QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    return answer == QMessageBox::Open ? target : QString();
}

void check(QWidget *parent, const QString &path)
{
    QProgressDialog dialog(
        QApplication::translate("LibraryRepair", "Checking the library for damage…"), QString(), 0,
        0, parent);
    dialog.setObjectName(u"checkProgress"_s);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    Result<LibraryInspection> inspection = makeError(ErrorCode::Cancelled, QString());
    runWithProgress(dialog, [&] { inspection = inspectLibraryFile(path, IntegrityCheck::Always); });
    if (!inspection)
        QMessageBox::warning(parent,
                             QApplication::translate("LibraryRepair", "Cannot check the library"),
                             inspection.error().message);
    else if (!inspection->damage.isEmpty())
        reportOpenFailure(parent, path, damagedLibraryMessage(path, inspection->damage), true);
    else
        QMessageBox::information(
            parent, QApplication::translate("LibraryRepair", "Library checked"),
            QApplication::translate("LibraryRepair", "No damage was found in %1.")
                .arg(QDir::toNativeSeparators(path)));
}

QString reportOpenFailure(QWidget *parent, const QString &path, const QString &message,
                          bool damaged)
{
    QMessageBox box(QMessageBox::Warning,
                    QApplication::translate("LibraryRepair", "Cannot open library"), message,
                    QMessageBox::Close, parent);
    box.setObjectName(u"openFailure"_s);
    QPushButton *salvageButton = nullptr;
    if (damaged) {
        salvageButton =
            box.addButton(QApplication::translate("LibraryRepair", "&Salvage into a New Library…"),
                          QMessageBox::ActionRole);
        salvageButton->setObjectName(u"salvageButton"_s);
    }
    box.exec();
    if (salvageButton && box.clickedButton() == salvageButton)
        return salvage(parent, path);
    return {};
}

} // namespace parallax::libraryrepair
