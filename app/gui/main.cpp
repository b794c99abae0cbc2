// parallax: the desktop reader.
#include "export/exporter.h"
#include "export/pdfexport.h"
#include "import/samplelibrary.h"
#include "mainwindow/mainwindow.h"
#include "session/libraryhost.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/libraryfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

void reportError(bool headless, const QString &message)
{
    std::fprintf(stderr, "parallax: %s\n", qPrintable(message));
    if (!headless)
        QMessageBox::critical(nullptr, QObject::tr("Parallax"), message);
}

// Prints the PDF report of a scope and returns the exit code, without showing a window.
int exportPdf(const Database &library, const QCommandLineParser &parser)
{
    auto option = [&parser](const QString &name) {
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    const Result<ExportScope> scope =
        exportScopeFromOptions(option(u"articles"_s), option(u"claims"_s), option(u"code"_s));
    if (!scope) {
        reportError(true, scope.error().message);
        return 1;
    }
    auto data = loadExport(library, *scope);
    if (!data) {
        reportError(true, data.error().message);
        return 1;
    }
    if (Status done = writePdf(*data, parser.value(u"export-pdf"_s)); !done) {
        reportError(true, done.error().message);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"parallax"_s);
    QApplication::setApplicationName(u"parallax"_s);
    QApplication::setApplicationDisplayName(u"Parallax"_s);
    QApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PARALLAX_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parallax: read news reports side by side."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"library"_s, u"The library file to open."_s, u"PATH"_s});
    parser.addOption(
        {u"screenshot"_s, u"Render the window to a PNG file and exit."_s, u"OUT.png"_s});
    parser.addOption({u"open"_s, u"Articles to open, by id."_s, u"ID,ID,..."_s});
    parser.addOption(
        {u"export-pdf"_s, u"Print the PDF report to a file and exit."_s, u"OUT.pdf"_s});
    parser.addOption({u"articles"_s, u"With --export-pdf: these articles only."_s, u"ID,ID,..."_s});
    parser.addOption({u"claims"_s, u"With --export-pdf: these claims."_s, u"ID,ID,..."_s});
    parser.addOption({u"code"_s, u"With --export-pdf: one code and its sub-codes."_s, u"ID"_s});
    parser.process(app);
    const bool headless = parser.isSet(u"screenshot"_s) || parser.isSet(u"export-pdf"_s);

    AppSettings settings;
    QString path = parser.value(u"library"_s);
    if (path.isEmpty())
        path = settings.lastLibraryPath();
    if (path.isEmpty())
        path = Database::defaultPath();
    // The host owns the open library and outlives every window.
    LibraryHost host;
    auto library = Database::open(path);
    if (!library && !headless && library.error().code == ErrorCode::Damaged) {
        // The window opens without a library and offers to salvage the damaged one.
        MainWindow window(host);
        window.setDarkTheme(settings.darkTheme());
        window.show();
        window.reportOpenFailure(path, library.error());
        return window.library() ? app.exec() : 1;
    }
    if (!library) {
        reportError(headless, library.error().message);
        return 1;
    }
    if (parser.isSet(u"export-pdf"_s))
        return exportPdf(**library, parser);
    if (parser.isSet(u"screenshot"_s)) {
        if (Status target = libraryfiles::checkExportTarget(parser.value(u"screenshot"_s));
            !target) {
            reportError(true, target.error().message);
            return 1;
        }
    }
    // A new library starts with the sample articles, so the window never opens empty.
    if ((*library)->wasCreated()) {
        const ImportReport samples = importSampleArticles(**library);
        if (samples.anyFailed())
            reportError(true, u"some sample articles could not be imported"_s);
    }
    settings.setLastLibraryPath((*library)->path());

    host.setLibrary(std::move(library).value());
    MainWindow window(host);
    window.setDarkTheme(settings.darkTheme());
    QList<qint64> open;
    for (const QString &id : parser.value(u"open"_s).split(u',', Qt::SkipEmptyParts))
        open.append(id.trimmed().toLongLong());
    window.show();
    if (open.size() == 1)
        window.showArticle(open.constFirst());
    else if (open.size() > 1 && !window.compareArticles(open))
        reportError(headless, u"cannot compare articles %1"_s.arg(parser.value(u"open"_s)));

    if (headless) {
        const QString out = parser.value(u"screenshot"_s);
        // Let the first layout and paint happen before grabbing.
        QTimer::singleShot(200, &window, [&window, out] {
            const bool saved = window.grab().save(out, "PNG");
            if (!saved)
                std::fprintf(stderr, "parallax: cannot write %s\n", qPrintable(out));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
