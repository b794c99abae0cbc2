// parallax-cli export --format F [--articles IDS | --claims IDS | --code ID] -o OUT
// parallax-cli import-qdpx FILE, import-qdc FILE
#include "clicontext.h"
#include "commands.h"
#include "export/exporter.h"
#include "export/qdccodebook.h"
#include "export/qdpximport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace parallax::cli {

namespace {

// The PDF is printed by the parallax program (text layout needs Qt GUI; this one links the
// core only): the one installed beside this program, or the one in the build tree.
QString guiProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(u"parallax"_s), here.filePath(u"../gui/parallax"_s)})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(u"parallax"_s);
}

} // namespace

void configureExport(QCommandLineParser &parser)
{
    parser.addOption(
        {u"format"_s, u"One of: %1."_s.arg(exportFormatNames().join(u", "_s)), u"F"_s});
    parser.addOption({u"articles"_s, u"Export these articles only."_s, u"ID,ID,..."_s});
    parser.addOption(
        {u"claims"_s, u"Export these claims with their appearances."_s, u"ID,ID,..."_s});
    parser.addOption(
        {u"code"_s, u"Export everything coded with this code or its sub-codes."_s, u"ID"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"The file to write."_s, u"OUT"_s});
}

int runExport(Context &context)
{
    QCommandLineParser &parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usage(u"export takes no positional arguments"_s);
    const std::optional<ExportFormat> format = exportFormatFromString(parser.value(u"format"_s));
    if (!format)
        return context.usage(u"--format wants one of: %1"_s.arg(exportFormatNames().join(u", "_s)));
    const QString out = parser.value(u"output"_s);
    if (out.isEmpty())
        return context.usage(u"export needs -o OUT"_s);
    auto option = [&parser](const QString &name) {
        return parser.isSet(name) ? std::optional(parser.value(name)) : std::nullopt;
    };
    const Result<ExportScope> chosen =
        exportScopeFromOptions(option(u"articles"_s), option(u"claims"_s), option(u"code"_s));
    if (!chosen)
        return context.usage(chosen.error().message);
    const ExportScope scope = *chosen;
    Database *library = context.library();
    if (!library)
        return InputsFailed;

    if (*format == ExportFormat::Pdf) {
        const QString program = guiProgram();
        if (program.isEmpty())
            return context.fail(
                InputsFailed,
                makeError(ErrorCode::NotFound,
                          u"PDF export needs the parallax program, which is not installed"_s));
        QProcess printer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!environment.contains(u"DISPLAY"_s) && !environment.contains(u"WAYLAND_DISPLAY"_s))
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        printer.setProcessEnvironment(environment);
        printer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        printer.start(program,
                      QStringList{u"--library"_s, library->path(), u"--export-pdf"_s, out} +
                          exportScopeOptions(scope));
        if (!printer.waitForFinished(-1) || printer.exitStatus() != QProcess::NormalExit ||
            printer.exitCode() != 0)
            return context.fail(InputsFailed,
                                makeError(ErrorCode::Io, u"the PDF could not be printed"_s));
    } else if (Status done = exportLibrary(*library, scope, *format, out); !done) {
        return context.fail(InputsFailed, done.error());
    }
    const QJsonObject json{{u"format"_s, storedName(*format)},
                           {u"scope"_s, scope.describe()},
                           {u"output"_s, QFileInfo(out).absoluteFilePath()},
                           {u"bytes"_s, QFileInfo(out).size()}};
    context.print(json,
                  u"Exported %1 as %2 to %3"_s.arg(scope.describe(), formatTitle(*format), out));
    return Success;
}

void configureImportQdpx(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"A REFI-QDA project (.qdpx)."_s);
}

int runImportQdpx(Context &context)
{
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return context.usage(u"import-qdpx wants one .qdpx file"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const Result<QdpxImportReport> report = importQdpx(*library, files.constFirst());
    if (!report)
        return context.fail(InputsFailed, report.error());
    context.print(report->toJson(), report->describe().join(u'\n'));
    return Success;
}

void configureImportQdc(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"A REFI-QDA codebook (.qdc)."_s);
}

int runImportQdc(Context &context)
{
    const QStringList files = context.parser().positionalArguments();
    if (files.size() != 1)
        return context.usage(u"import-qdc wants one .qdc file"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const Result<QdcImportReport> report = importQdc(*library, files.constFirst());
    if (!report)
        return context.fail(InputsFailed, report.error());
    const QJsonObject json{{u"origin"_s, report->origin},
                           {u"codes"_s, report->codes},
                           {u"added"_s, report->added},
                           {u"categories"_s, report->categories}};
    context.print(json, u"Merged %1 code(s) from the codebook: %2 new, %3 already in the "
                        "library."_s.arg(report->codes)
                            .arg(report->added)
                            .arg(report->codes - report->added));
    return Success;
}

} // namespace parallax::cli
