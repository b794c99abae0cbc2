#include "exportfixture.h"

#include "export/ziparchive.h"
#include "import/importer.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/claimstore.h"
#include "storage/codestore.h"
#include "storage/notestore.h"
#include "storage/personstore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace parallax::test {

namespace {

template <typename T> T must(Result<T> result)
{
    if (!result)
        qFatal("export fixture: %s", qPrintable(result.error().message));
    return *result;
}

void must(const Status &status)
{
    if (!status)
        qFatal("export fixture: %s", qPrintable(status.error().message));
}

qint64 code(Database &db, const QString &name, const QString &color, std::optional<qint64> parent,
            int position)
{
    Code c;
    c.name = name;
    c.color = color;
    c.parentId = parent;
    c.position = position;
    c.description = u"=HYPERLINK(\"x\") is how a formula would start"_s;
    return *CodeStore(db).create(c);
}

qint64 passage(Database &db, qint64 article, const QString &body, qsizetype start, qsizetype end,
               AnnotationKind kind, std::optional<qint64> codeId)
{
    Annotation a;
    a.articleId = article;
    a.start = start;
    a.end = end;
    a.exact = body.mid(start, end - start);
    a.prefix = body.mid(qMax<qsizetype>(0, start - 32), qMin<qsizetype>(32, start));
    a.suffix = body.mid(end, 32);
    a.kind = kind;
    a.codeId = codeId;
    a.origin = AnnotationOrigin::Manual;
    a.status = AnnotationStatus::Accepted;
    if (kind == AnnotationKind::Quote)
        a.quoteClass = QuoteClass::Statement;
    return *AnnotationStore(db).insert(a);
}

void note(Database &db, NoteTarget target, qint64 id, const QString &body)
{
    Note n;
    n.target = target;
    n.targetId = id;
    n.body = body;
    must(NoteStore(db).create(n));
}

} // namespace

ExportFixture::ExportFixture()
{
    Database &db = library.db();
    articles = importSeeds(db);
    const QString text =
        u"Зеленський заявив у Києві 🇺🇦 що «мир можливий лише після виведення військ». "
        "Речник Кремля відповів, що умови Путіна не змінилися.\n\nАналітики в Харкові 📊 зазначили, "
        "що переговори зайшли в глухий кут.\n"_s;
    const QString path =
        library.writeFile(u"ukrainian.txt"_s, (u"Зеленський про мир\n\n"_s + text).toUtf8());
    if (Importer(db).run({path}).count(ImportOutcome::Imported) != 1)
        qFatal("export fixture: the Ukrainian report was not imported");
    const qint64 uk = library.scalar(u"SELECT max(id) FROM articles"_s);
    articles.append(uk);
    ArticleMetadataPatch patch;
    patch.outletName = u"Укрінформ"_s;
    patch.published = u"2024-06-15"_s;
    patch.url = u"https://example.org/ukrinform/peace"_s;
    must(ArticleStore(db).updateMetadata(uk, patch));
    ArticleMetadataPatch rt;
    rt.outletName = u"RT"_s;
    rt.published = u"2024-06-14"_s;
    must(ArticleStore(db).updateMetadata(articles.at(0), rt));
    ukrainianBody = ArticleStore(db).get(uk)->body;

    parentCode = code(db, u"Peace terms"_s, u"#e67e22"_s, std::nullopt, 0);
    childCode = code(db, u"Withdrawal"_s, u"#3498db"_s, parentCode, 0);
    otherCode = code(db, u"=Formula, \"quoted\""_s, u"#27ae60"_s, std::nullopt, 1);

    // Overlapping codings on the Ukrainian report, one after the emoji (a surrogate pair).
    const qsizetype peace = ukrainianBody.indexOf(u"мир можливий"_s);
    passage(db, uk, ukrainianBody, peace, peace + 40, AnnotationKind::Code, parentCode);
    passage(db, uk, ukrainianBody, peace + 20, peace + 52, AnnotationKind::Code, childCode);
    const qsizetype analysts = ukrainianBody.indexOf(u"зазначили"_s);
    emojiPassage =
        passage(db, uk, ukrainianBody, analysts, analysts + 9, AnnotationKind::Code, otherCode);
    const qint64 ukQuote =
        passage(db, uk, ukrainianBody, peace, peace + 52, AnnotationKind::Quote, std::nullopt);

    const QString seedBody = ArticleStore(db).get(articles.at(0))->body;
    passage(db, articles.at(0), seedBody, 0, 30, AnnotationKind::Code, childCode);
    qint64 seedQuote = 0;
    for (const Annotation &a : *AnnotationStore(db).forArticle(articles.at(0)))
        if (!seedQuote && a.kind == AnnotationKind::Quote && a.personId &&
            PersonStore(db).get(*a.personId)->name == u"Vladimir Putin"_s)
            seedQuote = a.id;

    Claim c;
    c.statement = u"Russia will not withdraw its troops"_s;
    c.claimDate = u"2024-06-14"_s;
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.personId = AnnotationStore(db).get(seedQuote)->personId;
    claim = *ClaimStore(db).create(c);
    must(ClaimStore(db).addAppearance({0, claim, seedQuote, AppearanceType::Verbatim}));
    must(ClaimStore(db).addAppearance({0, claim, ukQuote, AppearanceType::Translation}));

    note(db, NoteTarget::Article, uk, u"Compare with **RT**: the wording differs."_s);
    note(db, NoteTarget::Annotation, emojiPassage,
         u"-1 for vagueness, +2 for sourcing; @editor check"_s);
    note(db, NoteTarget::Code, parentCode, u"What counts as a term of peace."_s);
    note(db, NoteTarget::Claim, claim, u"First said in Bishkek, per RT."_s);
}

QString libraryState(TestLibrary &library)
{
    QStringList counts;
    for (const QString &table : {u"articles"_s, u"annotations"_s, u"codes"_s, u"notes"_s,
                                 u"claims"_s, u"claim_appearances"_s, u"people"_s, u"places"_s})
        counts << u"%1=%2"_s.arg(table).arg(library.scalar(u"SELECT count(*) FROM "_s + table));
    return counts.join(u' ');
}

QString writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    ZipWriter zip;
    if (!zip.open(path))
        qFatal("cannot create a zip");
    for (const auto &[name, bytes] : entries)
        if (!zip.add(name, bytes))
            qFatal("cannot add to a zip");
    if (!zip.commit())
        qFatal("cannot write a zip");
    return path;
}

} // namespace parallax::test
