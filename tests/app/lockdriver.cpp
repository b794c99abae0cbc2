// A child process for tst_librarylocks: the main window on a library, made to do what used to
// release SQLite's locks, then committing edits until it is killed.
//
//   parallax-lock-driver LIBRARY dialogs FOLDER   opens every file dialog of the window on
//                                                 FOLDER and lets it list the folder
//   parallax-lock-driver LIBRARY import FOLDER    imports FOLDER (which holds the library)
//
// Prints "dialog NAME" for each dialog handled, "import OUTCOME PATH" for each import result,
// then "committed CODE" for each code created, one every few milliseconds.
#include "editing/editsession.h"
#include "import/importer.h"
#include "importing/importdialog.h"
#include "mainwindow/editingcontroller.h"
#include "mainwindow/mainwindow.h"
#include "session/libraryhost.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

[[noreturn]] void giveUp(const QString &why)
{
    say(u"error "_s + why);
    std::exit(7);
}

QWidget *visibleNamed(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && widget->objectName() == name)
            return widget;
    return nullptr;
}

// Handles the dialogs that one action opens: shows FOLDER in the file dialog, waits until its
// model has listed it (and so has asked for every file's icon and type), then cancels.
class DialogHandler final : public QObject
{
public:
    explicit DialogHandler(QString folder) : m_folder(std::move(folder))
    {
        connect(&m_poll, &QTimer::timeout, this, &DialogHandler::poll);
        m_poll.start(20);
    }

    void run(QAction *action)
    {
        m_fileDone = false;
        m_browsing = false;
        m_listed = {};
        m_clock.start();
        action->trigger(); // modal: returns once every dialog it opened is closed
        if (!m_fileDone)
            giveUp(u"no file dialog for "_s + action->objectName());
        say(u"dialog "_s + action->objectName());
    }

private:
    void poll()
    {
        if (m_clock.isValid() && m_clock.elapsed() > 20000)
            giveUp(u"a dialog did not load"_s);
        if (auto *dialog = qobject_cast<QFileDialog *>(visibleNamed(u"fileDialog"_s))) {
            handleFileDialog(dialog);
        } else if (QWidget *exporting = visibleNamed(u"exportDialog"_s)) {
            // Clicked from the event loop: a timer does not fire again inside its own slot,
            // so clicking here would leave the nested file dialog unhandled.
            if (!m_fileDone && !m_browsing) {
                m_browsing = true;
                QTimer::singleShot(0, exporting->findChild<QAbstractButton *>(u"exportBrowse"_s),
                                   &QAbstractButton::click);
            } else if (m_fileDone)
                qobject_cast<QDialog *>(exporting)->reject();
        }
    }

    void handleFileDialog(QFileDialog *dialog)
    {
        auto *model = dialog->findChild<QFileSystemModel *>();
        if (!model)
            giveUp(u"the file dialog has no file system model"_s);
        if (QDir(dialog->directory()).canonicalPath() != QDir(m_folder).canonicalPath()) {
            dialog->setDirectory(m_folder);
            return;
        }
        const QModelIndex root = model->index(m_folder);
        if (model->rowCount(root) == 0)
            return;
        // Ask for what a view shows, as painting would.
        for (int row = 0; row < model->rowCount(root); ++row) {
            model->data(model->index(row, 0, root), Qt::DecorationRole);
            model->data(model->index(row, 2, root), Qt::DisplayRole);
        }
        if (!m_listed.isValid()) {
            m_listed.start();
            return;
        }
        // Long enough for the gatherer thread to have looked at every file of the folder.
        if (m_listed.elapsed() < 800)
            return;
        m_fileDone = true;
        // For a look at what the user sees: PARALLAX_DRIVER_SHOTS=folder keeps a picture of each.
        if (const QString shots = qEnvironmentVariable("PARALLAX_DRIVER_SHOTS"); !shots.isEmpty())
            dialog->grab().save(
                u"%1/%2.png"_s.arg(shots, dialog->windowTitle().replace(u' ', u'-')));
        dialog->reject();
    }

    QString m_folder;
    QTimer m_poll;
    QElapsedTimer m_clock;
    QElapsedTimer m_listed;
    bool m_fileDone = false;
    bool m_browsing = false;
};

void commitEdits(MainWindow &window)
{
    auto *timer = new QTimer(&window);
    QObject::connect(timer, &QTimer::timeout, &window, [&window, n = 0]() mutable {
        const QString name = u"Lock check %1"_s.arg(++n);
        if (!window.editing()->session()->createCode(name, u"#336699"_s))
            giveUp(u"edit failed: "_s + window.editing()->session()->lastError());
        say(u"committed "_s + name);
    });
    timer->start(10);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 4)
        return 2;
    const QString libraryPath = QString::fromLocal8Bit(argv[1]);
    const QString mode = QString::fromLocal8Bit(argv[2]);
    const QString folder = QString::fromLocal8Bit(argv[3]);
    AppSettings().setLastImportFolder(folder);

    auto library = Database::open(libraryPath, {.createIfMissing = false});
    if (!library)
        giveUp(library.error().message);
    LibraryHost host;
    MainWindow window(host);
    host.setLibrary(std::move(library).value());
    window.show();

    if (mode == u"dialogs"_s) {
        DialogHandler handler(folder);
        for (const char *name : {"actionImport", "actionImportFolder", "actionOpenLibrary",
                                 "actionNewLibrary", "actionImportProject", "actionExport"}) {
            auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
            if (!action)
                giveUp(u"no action "_s + QString::fromLatin1(name));
            handler.run(action);
        }
    } else if (mode == u"import"_s) {
        window.importPaths({folder});
        auto *dialog = window.findChild<ImportDialog *>();
        if (!dialog)
            giveUp(u"no import dialog"_s);
        bool finished = false;
        QObject::connect(dialog, &ImportDialog::importFinished, &window,
                         [&finished](const ImportReport &report) {
                             for (const FileImportResult &file : report.files)
                                 say(u"import %1 %2"_s.arg(storedName(file.outcome), file.path));
                             finished = true;
                         });
        QElapsedTimer clock;
        clock.start();
        while (!finished && clock.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (!finished)
            giveUp(u"the import did not finish"_s);
        dialog->close();
    } else {
        return 2;
    }
    commitEdits(window);
    return app.exec();
}
