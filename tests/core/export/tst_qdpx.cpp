// REFI-QDA: the project validates against the schema, a library survives the round trip with
// identical annotations, notes and claims, and a hostile or broken archive changes nothing.
#include "export/exportdata.h"
#include "export/exporter.h"
#include "export/qdpxexport.h"
#include "export/qdpximport.h"
#include "export/ziparchive.h"
#include "exportfixture.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QXmlStreamReader>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Every kept annotation as the text it covers and what it says, whatever its id.
QStringList annotationRows(const Database &db)
{
    auto data = loadExport(db, ExportScope::library());
    if (!data)
        qFatal("cannot read the library");
    QStringList rows;
    for (const Annotation &a : data->annotations) {
        if (a.status == AnnotationStatus::Rejected)
            continue;
        const Article *article = data->article(a.articleId);
        // The review and the analyser's attributes too: a round trip keeps them.
        const Annotation *mention =
            a.speakerMentionId ? data->annotation(*a.speakerMentionId) : nullptr;
        rows.append(
            u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(article->title)
                .arg(a.start)
                .arg(a.end)
                .arg(storedName(a.kind), data->exact(a).toString(),
                     data->codePaths.value(a.codeId.value_or(0)), data->personName(a.personId),
                     data->placeName(a.placeId)) +
            u"|%1|%2|%3|%4|%5|%6"_s.arg(
                storedName(a.origin), storedName(a.status),
                a.confidence ? QString::number(*a.confidence) : QString(), a.ruleId,
                a.quoteClass ? storedName(*a.quoteClass) : QString(),
                mention ? u"%1@%2"_s.arg(data->exact(*mention)).arg(mention->start) : QString()));
    }
    rows.sort();
    return rows;
}

QStringList noteAndClaimRows(const Database &db)
{
    auto data = loadExport(db, ExportScope::library());
    QStringList rows;
    for (const Note &note : data->notes)
        rows.append(u"note|%1|%2"_s.arg(storedName(note.target), note.body));
    for (const Claim &claim : data->claims) {
        rows.append(u"claim|%1|%2|%3"_s.arg(claim.statement, data->personName(claim.personId),
                                            claim.claimDate));
        for (const ClaimAppearance &appearance : data->appearances)
            if (appearance.claimId == claim.id)
                rows.append(u"appearance|%1|%2"_s.arg(
                    storedName(appearance.type),
                    data->exact(*data->annotation(appearance.annotationId)).toString()));
    }
    rows.sort();
    return rows;
}

const QByteArray kMinimalProject =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><Sources>\n"
    "<TextSource guid=\"00000003-0000-4000-8000-000000000001\" name=\"S\" "
    "plainTextPath=\"internal://a.txt\">\n"
    "<PlainTextSelection guid=\"00000004-0000-4000-8000-000000000001\" startPosition=\"0\" "
    "endPosition=\"5\"/>\n"
    "</TextSource></Sources></Project>";

} // namespace

class tst_Qdpx final : public QObject
{
    Q_OBJECT
private slots:
    void shouldValidateAgainstTheSchema()
    {
        test::ExportFixture f;
        const QString path = f.library.dir() + u"/project.qdpx"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, path));
        ZipReader zip;
        QVERIFY(zip.open(path, qint64(1) << 30, qint64(1) << 30));
        QVERIFY(zip.contains(u"project.qde"_s));
        int sources = 0;
        for (const QString &entry : zip.entries())
            sources +=
                entry.startsWith(u"sources/"_s) /* REFI-QDA 1.5 */ && entry.endsWith(u".txt"_s);
        QCOMPARE(sources, f.articles.size());
        const QString qde = f.library.writeFile(u"project.qde"_s, *zip.read(u"project.qde"_s));
        QProcess xmllint;
        xmllint.start(u"xmllint"_s,
                      {u"--noout"_s, u"--schema"_s,
                       QStringLiteral(PARALLAX_TEST_DATA) + u"/refi-qda/Project-mrt2019.xsd"_s,
                       qde});
        QVERIFY2(xmllint.waitForFinished(60000), "xmllint (libxml2-utils) must be installed");
        const QByteArray verdict = xmllint.readAllStandardError();
        QVERIFY2(xmllint.exitCode() == 0, verdict.constData());
        QVERIFY(verdict.contains("validates"));
        const QByteArray xml = *zip.read(u"project.qde"_s);
        QVERIFY(xml.contains("color=\"#3498db\""));
        QVERIFY(xml.contains("<NoteRef "));
        QVERIFY(xml.contains("<VariableValue>"));
        QVERIFY(xml.contains("<Set "));
        QVERIFY(xml.contains("<Link "));
        // Notes also as the Description QualCoder reads, and no two codes of one name (tools
        // that merge them would fold speaker mentions into quotations).
        QVERIFY(xml.contains("<PlainTextSelection") && xml.contains("<Description>"));
        QXmlStreamReader reader(xml);
        QStringList names;
        QStringList selectionNames;
        while (!reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                if (reader.name() == u"Code"_s)
                    names.append(reader.attributes().value(u"name"_s).toString());
                else if (reader.name() == u"PlainTextSelection"_s)
                    selectionNames.append(reader.attributes().value(u"name"_s).toString());
            }
        QVERIFY(names.size() > 5);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
        QVERIFY(names.contains(u"Vladimir Putin"_s));
        QVERIFY(names.contains(u"Vladimir Putin (mention)"_s));
        QVERIFY(!selectionNames.contains(QString())); // each named by its text
    }

    void shouldSurviveTheRoundTrip()
    {
        test::ExportFixture f;
        // Passages that name nobody the registries know: "the Kremlin's spokesman", a place
        // the gazetteer lacks.
        for (const auto &[words, kind] :
             {std::pair{u"Речник Кремля"_s, AnnotationKind::SpeakerMention},
              std::pair{u"Харкові"_s, AnnotationKind::PlaceMention}}) {
            Annotation a;
            a.articleId = f.ukrainian();
            a.start = f.ukrainianBody.indexOf(words);
            a.end = a.start + words.size();
            a.exact = words;
            a.kind = kind;
            a.origin = AnnotationOrigin::Manual;
            a.status = AnnotationStatus::Accepted;
            QVERIFY(AnnotationStore(f.library.db()).insert(a));
        }
        const QString path = f.library.dir() + u"/round.qdpx"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, path));
        test::TestLibrary fresh;
        auto report = importQdpx(fresh.db(), path);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->articles, f.articles.size());
        QCOMPARE(report->claims, 1);
        QCOMPARE(report->notes, 4);
        QCOMPARE(annotationRows(fresh.db()), annotationRows(f.library.db()));
        QCOMPARE(noteAndClaimRows(fresh.db()), noteAndClaimRows(f.library.db()));
        // The texts, their metadata and the code colours come back as they were.
        const qint64 uk =
            fresh.scalar(u"SELECT id FROM articles WHERE title = 'Зеленський про мир'"_s);
        const Article article = *ArticleStore(fresh.db()).get(uk);
        QCOMPARE(article.body, f.ukrainianBody);
        QCOMPARE(article.outletName, u"Укрінформ"_s);
        QCOMPARE(article.published, u"2024-06-15"_s);
        QCOMPARE(article.url, u"https://example.org/ukrinform/peace"_s);
        QCOMPARE(
            fresh.scalar(
                u"SELECT count(*) FROM codes WHERE color = '#3498db' AND parent_id IS NOT NULL"_s),
            1);

        // Merged into the library it came from, nothing is doubled.
        const QString before = test::libraryState(f.library);
        auto merged = importQdpx(f.library.db(), path);
        QVERIFY(merged);
        QCOMPARE(merged->reusedArticles, f.articles.size());
        QCOMPARE(merged->annotations, 0);
        QCOMPARE(test::libraryState(f.library), before);
    }

    void shouldRefuseHostileArchivesAndChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip slip") << u"slip"_s << u"unsafe path"_s;
        QTest::newRow("absolute path") << u"absolute"_s << u"unsafe path"_s;
        QTest::newRow("oversized entry") << u"oversized"_s << u"larger than"_s;
        QTest::newRow("external entity") << u"xxe"_s << u"DTD"_s;
        QTest::newRow("not a zip") << u"garbage"_s << u"not a readable zip"_s;
        QTest::newRow("no project") << u"noproject"_s << u"no .qde file"_s;
        QTest::newRow("broken XML") << u"badxml"_s << u"not well-formed"_s;
    }
    void shouldRefuseHostileArchivesAndChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        test::ExportFixture f;
        const QString before = test::libraryState(f.library);
        const QString path = f.library.dir() + u"/hostile.qdpx"_s;
        QByteArray project = kMinimalProject;
        QList<std::pair<QString, QByteArray>> entries{{u"project.qde"_s, project},
                                                      {u"Sources/a.txt"_s, "Hello world"}};
        if (kind == u"slip"_s)
            entries.append({u"Sources/../../evil.txt"_s, "x"});
        else if (kind == u"absolute"_s)
            entries.append({u"/tmp/evil.txt"_s, "x"});
        else if (kind == u"oversized"_s)
            entries.append({u"Sources/big.txt"_s, QByteArray(3 << 20, 'a')});
        else if (kind == u"xxe"_s)
            entries[0].second = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM "
                                "\"file:///etc/passwd\">]>"
                                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        else if (kind == u"noproject"_s)
            entries.removeFirst();
        else if (kind == u"badxml"_s)
            entries[0].second = project.left(project.size() / 2);
        if (kind == u"garbage"_s)
            f.library.writeFile(u"hostile.qdpx"_s, QByteArray(4096, '\x5a'));
        else
            test::writeZip(path, entries);
        QdpxLimits limits;
        limits.maxEntryBytes = 1 << 20;
        limits.maxSourceBytes = 32 << 10;
        const auto report = importQdpx(f.library.db(), path, limits);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QCOMPARE(test::libraryState(f.library), before);
        QVERIFY(!QFile::exists(f.library.dir() + u"/../evil.txt"_s));
    }

    void shouldRemoveTheScratchFilesOfAKilledExport()
    {
        test::ExportFixture f;
        const QString target = f.library.dir() + u"/project.qdpx"_s;
        QFile pidMax(u"/proc/sys/kernel/pid_max"_s);
        QVERIFY(pidMax.open(QIODevice::ReadOnly));
        const qint64 gone = pidMax.readAll().trimmed().toLongLong() + 1; // no process has it
        const QString dead =
            f.library.writeFile(u".project.qdpx.%1-0f0f.part"_s.arg(gone), "half an archive");
        const QString deadHalf =
            f.library.writeFile(u".project.qdpx.%1-0f0f.a"_s.arg(gone), "a half");
        const QString live =
            f.library.writeFile(u".project.qdpx.%1-0e0e.part"_s.arg(qint64(getppid())), "working");
        const QString other =
            f.library.writeFile(u".other.qdpx.%1-0f0f.part"_s.arg(gone), "another target");
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, target));
        QVERIFY(QFile::exists(target));
        QVERIFY(!QFile::exists(dead));
        QVERIFY(!QFile::exists(deadHalf));
        QVERIFY(QFile::exists(live));  // an export still running elsewhere
        QVERIFY(QFile::exists(other)); // not this target's
        const QStringList hidden =
            QDir(f.library.dir()).entryList({u".project.qdpx.*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(hidden, QStringList{QFileInfo(live).fileName()});
    }

    void shouldStopACancelledExportOrImportWithoutWritingAnything()
    {
        test::ExportFixture f;
        const std::atomic<bool> cancelled{true};
        QStringList stages;
        ExportControls controls{[&stages](const QString &stage) { stages.append(stage); },
                                &cancelled};
        for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Qdpx}) {
            const QString path = f.library.dir() + u"/cancelled."_s + storedName(format);
            const Status done =
                exportLibrary(f.library.db(), ExportScope::library(), format, path, controls);
            QVERIFY(!done);
            QCOMPARE(done.error().code, ErrorCode::Cancelled);
            QVERIFY(!QFile::exists(path));
        }
        QVERIFY(!stages.isEmpty() && stages.constFirst().startsWith(u"Reading"_s));

        const QString project = f.library.dir() + u"/whole.qdpx"_s;
        QVERIFY(exportLibrary(f.library.db(), ExportScope::library(), ExportFormat::Qdpx, project));
        test::TestLibrary fresh;
        const QString before = libraryState(fresh);
        auto report = importQdpx(fresh.db(), project, {}, &cancelled);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QCOMPARE(libraryState(fresh), before);
    }

    void shouldImportAMinimalProjectFromAnotherTool()
    {
        test::TestLibrary library;
        const QString path =
            test::writeZip(library.dir() + u"/other.qdpx"_s, {{u"project.qde"_s, kMinimalProject},
                                                              {u"Sources/a.txt"_s, "Hello world"}});
        auto report = importQdpx(library.db(), path);
        QVERIFY(report);
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->annotations, 0); // a selection with no code is no passage
        QCOMPARE(ArticleStore(library.db()).get(report->articleIds.value(0))->title, u"S"_s);
    }
};

QTEST_MAIN(tst_Qdpx)
#include "tst_qdpx.moc"
