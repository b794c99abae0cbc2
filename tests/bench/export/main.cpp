// parallax-export-bench [--articles 10000] [--annotations 50] [--library PATH] [--runs 3]
// Builds (or reuses) a library of generated ~5 KB articles, each with that many annotations
// (codes, quotations with speakers, places; some with notes), then times every export of the
// whole library: reading the scope, and writing each format.
#include "corpusgenerator.h"
#include "export/exportdata.h"
#include "export/exporter.h"
#include "export/qdpxexport.h"
#include "import/importer.h"
#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "storage/placestore.h"
#include "storage/sqlite/annotationbulkwriter.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "parallax-export-bench: %s\n", qPrintable(message));
    std::exit(1);
}

qint64 count(const Database &library, const QString &sql)
{
    QSqlQuery query(library.handle());
    if (!query.exec(sql) || !query.next())
        fail(u"cannot count: %1"_s.arg(sql));
    return query.value(0).toLongLong();
}

// Imports generated articles without analysis, then gives each exactly perArticle annotations.
void build(const Database &library, int articles, int perArticle)
{
    QTemporaryDir scratch;
    const bench::GeneratedCorpus corpus =
        bench::generateCorpus(scratch.filePath(u"corpus"_s), articles, 4242u);
    ImportOptions options;
    options.analyse = false;
    const ImportReport report = Importer(library, options).run(corpus.paths);
    if (report.count(ImportOutcome::Imported) != articles)
        fail(u"the generated articles were not all imported"_s);

    Transaction transaction(library.connectionName());
    QList<qint64> codes;
    for (int i = 0; i < 12; ++i) {
        Code code;
        code.name = u"Theme %1"_s.arg(i + 1);
        code.color = u"#%1"_s.arg(0x305080 + i * 0x0b1309, 6, 16, QChar(u'0'));
        code.parentId = i >= 4 ? std::optional(codes.at(i % 4)) : std::nullopt;
        code.position = i;
        codes.append(*CodeStore(library).create(code));
    }
    Person speaker;
    speaker.name = u"Vladimir Putin"_s;
    const qint64 person = *PersonStore(library).create(speaker);
    Place kyiv;
    kyiv.name = u"Kyiv"_s;
    kyiv.kind = PlaceKind::City;
    const qint64 place = *PlaceStore(library).create(kyiv);
    AnnotationBulkWriter writer(library);
    QSqlQuery ids(library.handle());
    ids.exec(u"SELECT id, length(body) FROM articles ORDER BY id"_s);
    QList<std::pair<qint64, qsizetype>> rows;
    while (ids.next())
        rows.append({ids.value(0).toLongLong(), ids.value(1).toLongLong()});
    QSqlQuery bodies(library.handle());
    bodies.prepare(u"SELECT body FROM articles WHERE id = ?"_s);
    for (const auto &[id, length] : std::as_const(rows)) {
        bodies.addBindValue(id);
        bodies.exec();
        bodies.next();
        const QString body = bodies.value(0).toString();
        const qsizetype step = qMax<qsizetype>(2, length / perArticle);
        for (int i = 0; i < perArticle; ++i) {
            Annotation a;
            a.articleId = id;
            a.start = qMin<qsizetype>(i * step, length - 2);
            a.end = qMin<qsizetype>(a.start + qMax<qsizetype>(1, step * 2), length);
            a.exact = body.mid(a.start, a.end - a.start);
            a.prefix = body.mid(qMax<qsizetype>(0, a.start - 32), qMin<qsizetype>(32, a.start));
            a.suffix = body.mid(a.end, 32);
            switch (i % 5) {
            case 0:
                a.kind = AnnotationKind::Quote;
                a.personId = person;
                a.quoteClass = QuoteClass::Statement;
                break;
            case 1:
                a.kind = AnnotationKind::PlaceMention;
                a.placeId = place;
                break;
            default:
                a.kind = AnnotationKind::Code;
                a.codeId = codes.at((i + int(id)) % codes.size());
                break;
            }
            a.origin = AnnotationOrigin::Manual;
            a.status = AnnotationStatus::Accepted;
            if (!writer.insert(a))
                fail(u"cannot store an annotation"_s);
        }
    }
    if (!transaction.commit())
        fail(u"cannot commit the annotations"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {u"articles"_s, u"Articles to generate (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption(
        {u"annotations"_s, u"Annotations per article (default 50)."_s, u"N"_s, u"50"_s});
    parser.addOption({u"library"_s, u"Reuse (or build once) this library."_s, u"PATH"_s});
    parser.addOption(
        {u"runs"_s, u"Runs of each export; the best and the median are shown."_s, u"N"_s, u"3"_s});
    parser.process(app);
    const int articles = parser.value(u"articles"_s).toInt();
    const int perArticle = parser.value(u"annotations"_s).toInt();
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    QTemporaryDir scratch;
    const QString path = parser.isSet(u"library"_s) ? parser.value(u"library"_s)
                                                    : scratch.filePath(u"bench.sqlite"_s);
    const bool existed = QFileInfo::exists(path);
    auto library = Database::open(path);
    if (!library)
        fail(library.error().message);
    if (!existed) {
        QElapsedTimer timer;
        timer.start();
        build(**library, articles, perArticle);
        std::printf("built %d articles with %d annotations each in %.1f s\n", articles, perArticle,
                    double(timer.elapsed()) / 1000);
    }
    std::printf("library: %lld articles, %lld annotations\n",
                count(**library, u"SELECT count(*) FROM articles"_s),
                count(**library, u"SELECT count(*) FROM annotations"_s));

    QElapsedTimer timer;
    QList<double> reads;
    for (int run = 0; run < runs; ++run) {
        timer.start();
        auto data = loadExport(**library, ExportScope::library());
        if (!data)
            fail(data.error().message);
        reads.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(reads.begin(), reads.end());
    std::printf("read the whole library for export: best %.0f ms, median %.0f ms\n", reads.first(),
                reads.at(reads.size() / 2));

    {
        auto data = loadExport(**library, ExportScope::library());
        QList<double> times;
        qsizetype size = 0;
        for (int run = 0; run < runs; ++run) {
            timer.start();
            size = qdpxProjectXml(*data, u"bench"_s, 1).size();
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::printf("REFI-QDA project.qde alone: best %.0f ms, %.1f MB of XML\n", times.first(),
                    double(size) / 1e6);
    }

    const QString out = QFileInfo(path).dir().filePath(u"export-bench-out"_s);
    for (ExportFormat format :
         {ExportFormat::Qdpx, ExportFormat::Csv, ExportFormat::Json, ExportFormat::WebAnnotation,
          ExportFormat::Markdown, ExportFormat::Html}) {
        QList<double> times;
        qint64 bytes = 0;
        for (int run = 0; run < runs; ++run) {
            timer.start();
            if (Status done = exportLibrary(**library, ExportScope::library(), format,
                                            out + u'.' + fileSuffix(format));
                !done)
                fail(done.error().message);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            bytes = QFileInfo(out + u'.' + fileSuffix(format)).size();
        }
        std::sort(times.begin(), times.end());
        std::printf("export %-12s best %6.0f ms, median %6.0f ms, %.1f MB (reading included)\n",
                    qPrintable(storedName(format)), times.first(), times.at(times.size() / 2),
                    double(bytes) / 1e6);
        QFile::remove(out + u'.' + fileSuffix(format));
    }
    return 0;
}
