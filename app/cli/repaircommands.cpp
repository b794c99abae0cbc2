// parallax-cli check | salvage NEW
#include "clicontext.h"
#include "commands.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlite/libraryinspection.h"
#include "storage/sqlite/librarysalvage.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {

void configureCheck(QCommandLineParser &) {}

int runCheck(Context &context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return context.usage(u"check takes no arguments"_s);
    const QString path = context.libraryPath();
    if (!QFileInfo(path).isFile())
        return context.fail(
            InputsFailed, makeError(ErrorCode::NotFound, u"there is no library at %1"_s.arg(path)));
    auto inspection = inspectLibraryFile(path, IntegrityCheck::Always);
    if (!inspection)
        return context.fail(InputsFailed, inspection.error());
    if (!inspection->damage.isEmpty())
        return context.fail(
            InputsFailed,
            makeError(ErrorCode::Damaged, damagedLibraryMessage(path, inspection->damage)));
    // A read-write connection that writes nothing also verifies CHECK constraints; an older
    // library is not opened that way, since opening it would upgrade it.
    if (inspection->version == Migrations::latestVersion()) {
        Database::Options options;
        options.createIfMissing = false;
        options.verify = true;
        if (auto opened = Database::open(path, options); !opened)
            return context.fail(InputsFailed, opened.error());
    }
    context.print(
        QJsonObject{{u"library"_s, path}, {u"ok"_s, true}, {u"version"_s, inspection->version}},
        u"%1: no damage found (schema version %2)"_s.arg(path).arg(inspection->version));
    return Success;
}

void configureSalvage(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"new"_s,
                                 u"The new library to copy into; it must not exist yet."_s);
}

int runSalvage(Context &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 1)
        return context.usage(u"salvage takes the path of the new library"_s);
    const QString damaged = context.libraryPath();
    auto report = salvageLibrary(damaged, args.constFirst(), [&context](const QString &table) {
        context.progress(u"copying %1"_s.arg(table));
        return true;
    });
    if (!report)
        return context.fail(InputsFailed, report.error());
    QJsonArray tables;
    QStringList lines{u"Salvaged %1 into %2"_s.arg(damaged, args.constFirst())};
    for (const SalvagedTable &table : report->tables) {
        tables.append(QJsonObject{
            {u"table"_s, table.table}, {u"copied"_s, table.copied}, {u"lost"_s, table.lost}});
        if (table.copied || table.lost)
            lines.append(u"  %1: %2 copied%3"_s.arg(table.table.leftJustified(18))
                             .arg(table.copied)
                             .arg(table.lost ? u", %1 lost"_s.arg(table.lost) : QString()));
    }
    lines.append(
        report->lost()
            ? u"Some rows could not be read; check the new library before you rely on it."_s
            : u"Every row that the file lists could be read."_s);
    context.print(QJsonObject{{u"library"_s, args.constFirst()},
                              {u"copied"_s, report->copied()},
                              {u"lost"_s, report->lost()},
                              {u"tables"_s, tables}},
                  lines.join(u'\n'));
    return Success;
}

} // namespace parallax::cli
