#include "export/exportdata.h"

#include "storage/claimstore.h"
#include "storage/codestore.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "storage/placestore.h"
#include "storage/sqlite/rowreader.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QByteArray idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Status eachRow(const QString &connection, const QByteArray &sql, const QByteArray &ids,
               const std::function<void(const sqlite::Row &)> &row)
{
    return sqlite::forEachRow(connection, sql, ids, row, u"read the export"_s);
}

constexpr const char *kArticleColumns = "SELECT a.id, a.title, o.name, a.author, a.url, "
                                        "a.published, a.language, a.body FROM articles a "
                                        "LEFT JOIN outlets o ON o.id = a.outlet_id ";
constexpr const char *kAnnotationColumns =
    "SELECT id, article_id, start, end, kind, person_id, place_id, code_id, "
    "speaker_mention_id, origin, status, quote_class, confidence, rule_id FROM annotations ";

Article readArticle(const sqlite::Row &s)
{
    Article a;
    a.id = s.integer(0);
    a.title = s.text(1);
    a.outletName = s.text(2);
    a.author = s.text(3);
    a.url = s.text(4);
    a.published = s.text(5);
    a.language = s.text(6);
    a.body = s.text(7);
    return a;
}

Annotation readAnnotation(const sqlite::Row &s)
{
    Annotation a;
    a.id = s.integer(0);
    a.articleId = s.integer(1);
    a.start = s.integer(2);
    a.end = s.integer(3);
    switch (s.firstByte(4)) {
    case 'q':
        a.kind = AnnotationKind::Quote;
        break;
    case 's':
        a.kind = AnnotationKind::SpeakerMention;
        break;
    case 'p':
        a.kind = AnnotationKind::PlaceMention;
        break;
    default:
        a.kind = AnnotationKind::Code;
        break;
    }
    a.personId = s.optionalId(5);
    a.placeId = s.optionalId(6);
    a.codeId = s.optionalId(7);
    a.speakerMentionId = s.optionalId(8);
    a.origin = s.firstByte(9) == 'm' ? AnnotationOrigin::Manual : AnnotationOrigin::Auto;
    switch (s.firstByte(10)) {
    case 'a':
        a.status = AnnotationStatus::Accepted;
        break;
    case 'r':
        a.status = AnnotationStatus::Rejected;
        break;
    default:
        a.status = AnnotationStatus::Pending;
        break;
    }
    switch (s.firstByte(11)) {
    case 's':
        a.quoteClass = s.bytes(11) == 5 ? QuoteClass::Short : QuoteClass::Statement;
        break;
    case 't':
        a.quoteClass = QuoteClass::Term;
        break;
    default:
        break;
    }
    if (!s.isNull(12))
        a.confidence = s.real(12);
    if (!s.isNull(13))
        a.ruleId = s.text(13);
    return a;
}

} // namespace

QString ExportScope::describe() const
{
    switch (kind) {
    case Kind::Library:
        return u"the whole library"_s;
    case Kind::Articles:
        return ids.size() == 1 ? u"1 article"_s : u"%1 articles"_s.arg(ids.size());
    case Kind::Claims:
        return ids.size() == 1 ? u"1 claim"_s : u"%1 claims"_s.arg(ids.size());
    case Kind::Code:
        return u"code %1 with its sub-codes"_s.arg(ids.value(0));
    }
    return {};
}

const Article *ExportData::article(qint64 id) const
{
    const auto it = articleIndex.constFind(id);
    return it == articleIndex.cend() ? nullptr : &articles.at(*it);
}

QString ExportData::title() const
{
    if (scope.kind == ExportScope::Kind::Code) {
        for (const Code &code : codes)
            if (code.id == scope.ids.value(0))
                return u"code “%1” and its sub-codes"_s.arg(code.name);
    }
    if (scope.kind == ExportScope::Kind::Claims && claims.size() == 1)
        return u"claim “%1”"_s.arg(claims.constFirst().statement);
    return scope.describe();
}

QStringView ExportData::exact(const Annotation &a) const
{
    const Article *owner = article(a.articleId);
    return owner ? QStringView(owner->body).mid(a.start, a.end - a.start) : QStringView();
}

QStringView ExportData::prefix(const Annotation &a) const
{
    const Article *owner = article(a.articleId);
    const qsizetype from = qMax<qsizetype>(0, a.start - 32);
    return owner ? QStringView(owner->body).mid(from, a.start - from) : QStringView();
}

QStringView ExportData::suffix(const Annotation &a) const
{
    const Article *owner = article(a.articleId);
    return owner ? QStringView(owner->body).mid(a.end, 32) : QStringView();
}

const Annotation *ExportData::annotation(qint64 id) const
{
    const auto it = annotationIndex.constFind(id);
    return it == annotationIndex.cend() ? nullptr : &annotations.at(*it);
}

QString ExportData::personName(std::optional<qint64> id) const
{
    return id ? people.value(*id).name : QString();
}

QString ExportData::placeName(std::optional<qint64> id) const
{
    return id ? places.value(*id).name : QString();
}

void ExportData::index()
{
    articleIndex.clear();
    annotationIndex.clear();
    codePaths.clear();
    notesOfAnnotation.clear();
    articleIndex.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i)
        articleIndex.insert(articles.at(i).id, i);
    annotationIndex.reserve(annotations.size());
    for (qsizetype i = 0; i < annotations.size(); ++i)
        annotationIndex.insert(annotations.at(i).id, i);
    for (const Code &code : std::as_const(codes)) // parents come first
        codePaths.insert(code.id, code.parentId && codePaths.contains(*code.parentId)
                                      ? codePaths.value(*code.parentId) + u" / "_s + code.name
                                      : code.name);
    for (qsizetype i = 0; i < notes.size(); ++i)
        if (notes.at(i).target == NoteTarget::Annotation)
            notesOfAnnotation[notes.at(i).targetId].append(i);
}

Result<ExportData> loadExport(const Database &library, const ExportScope &scope)
{
    const QString &db = library.connectionName();
    // Articles, passages, notes and claims as they stood at one moment, even while another
    // connection imports or edits: each query alone would see a later state than the last.
    const ReadSnapshot snapshot(library.connectionName());
    if (!snapshot.status())
        return snapshot.status().error();
    ExportData data;
    data.scope = scope;

    auto codes = CodeStore(library).list();
    if (!codes)
        return codes.error();
    auto claims = ClaimStore(library).list();
    if (!claims)
        return claims.error();

    // Which passages: every one of the scope's articles, or just the claims' or the code's.
    QSet<qint64> codeTree;
    if (scope.kind == ExportScope::Kind::Code) {
        const qint64 root = scope.ids.value(0);
        for (const Code &code : std::as_const(*codes))
            if (code.id == root || (code.parentId && codeTree.contains(*code.parentId)))
                codeTree.insert(code.id);
        if (codeTree.isEmpty())
            return makeError(ErrorCode::NotFound, u"there is no code %1"_s.arg(root));
    }
    const QByteArray ids = idList(scope.kind == ExportScope::Kind::Code
                                      ? QList<qint64>(codeTree.cbegin(), codeTree.cend())
                                      : scope.ids);
    const QByteArray inIds = "(SELECT value FROM json_each(?1))";
    QByteArray articleWhere;
    QByteArray annotationWhere;
    switch (scope.kind) {
    case ExportScope::Kind::Library:
        break;
    case ExportScope::Kind::Articles:
        articleWhere = "WHERE a.id IN " + inIds;
        annotationWhere = "WHERE article_id IN " + inIds;
        break;
    case ExportScope::Kind::Claims:
        annotationWhere =
            "WHERE id IN (SELECT annotation_id FROM claim_appearances WHERE claim_id IN " + inIds +
            ")";
        break;
    case ExportScope::Kind::Code:
        annotationWhere = "WHERE code_id IN " + inIds;
        break;
    }
    if (scope.kind == ExportScope::Kind::Library) {
        // Room for every row at once: growing a list of half a million annotations copies it.
        Status counted =
            eachRow(db, "SELECT count(*) FROM annotations", {},
                    [&data](const sqlite::Row &s) { data.annotations.reserve(s.integer(0)); });
        if (!counted)
            return counted.error();
    }
    Status read =
        eachRow(db, QByteArray(QByteArray(kAnnotationColumns) + annotationWhere), ids,
                [&data](const sqlite::Row &s) { data.annotations.append(readAnnotation(s)); });
    if (!read)
        return read.error();
    // Sorting here is much faster than an ORDER BY that no index serves; rows mostly come in
    // order already.
    const auto inOrder = [](const Annotation &a, const Annotation &b) {
        return std::tie(a.articleId, a.start, a.id) < std::tie(b.articleId, b.start, b.id);
    };
    if (!std::is_sorted(data.annotations.cbegin(), data.annotations.cend(), inOrder))
        std::sort(data.annotations.begin(), data.annotations.end(), inOrder);
    if (scope.kind == ExportScope::Kind::Claims || scope.kind == ExportScope::Kind::Code) {
        QList<qint64> articleIds;
        for (const Annotation &a : std::as_const(data.annotations))
            if (articleIds.isEmpty() || articleIds.constLast() != a.articleId)
                articleIds.append(a.articleId);
        articleWhere = "WHERE a.id IN " + inIds;
        read =
            eachRow(db, QByteArray(QByteArray(kArticleColumns) + articleWhere + " ORDER BY a.id"),
                    idList(articleIds),
                    [&data](const sqlite::Row &s) { data.articles.append(readArticle(s)); });
    } else {
        read =
            eachRow(db, QByteArray(QByteArray(kArticleColumns) + articleWhere + " ORDER BY a.id"),
                    ids, [&data](const sqlite::Row &s) { data.articles.append(readArticle(s)); });
    }
    if (!read)
        return read.error();

    for (const Code &code : std::as_const(*codes))
        if (scope.kind != ExportScope::Kind::Code || codeTree.contains(code.id))
            data.codes.append(code);
    data.index();

    // Claims: those asked for, or those with a passage in the export.
    QSet<qint64> claimIds;
    read = eachRow(
        db, "SELECT id, claim_id, annotation_id, type FROM claim_appearances ORDER BY claim_id, id",
        {}, [&](const sqlite::Row &s) {
            ClaimAppearance appearance;
            appearance.id = s.integer(0);
            appearance.claimId = s.integer(1);
            appearance.annotationId = s.integer(2);
            appearance.type =
                appearanceTypeFromString(s.text(3)).value_or(AppearanceType::Verbatim);
            if (!data.annotationIndex.contains(appearance.annotationId))
                return;
            if (scope.kind == ExportScope::Kind::Claims && !scope.ids.contains(appearance.claimId))
                return;
            claimIds.insert(appearance.claimId);
            data.appearances.append(appearance);
        });
    if (!read)
        return read.error();
    for (const Claim &claim : std::as_const(*claims))
        if (claimIds.contains(claim.id) || (scope.kind == ExportScope::Kind::Library) ||
            (scope.kind == ExportScope::Kind::Claims && scope.ids.contains(claim.id)))
            data.claims.append(claim);

    QSet<qint64> claimSet;
    for (const Claim &claim : std::as_const(data.claims))
        claimSet.insert(claim.id);
    QSet<qint64> codeSet;
    for (const Code &code : std::as_const(data.codes))
        codeSet.insert(code.id);
    read = eachRow(
        db,
        "SELECT id, article_id, annotation_id, claim_id, code_id, body, created_at, updated_at "
        "FROM notes ORDER BY id",
        {}, [&](const sqlite::Row &s) {
            Note note;
            note.id = s.integer(0);
            bool wanted = false;
            if (auto id = s.optionalId(1)) {
                note.target = NoteTarget::Article;
                note.targetId = *id;
                wanted = data.articleIndex.contains(*id);
            } else if (auto passage = s.optionalId(2)) {
                note.target = NoteTarget::Annotation;
                note.targetId = *passage;
                wanted = data.annotationIndex.contains(*passage);
            } else if (auto claim = s.optionalId(3)) {
                note.target = NoteTarget::Claim;
                note.targetId = *claim;
                wanted = claimSet.contains(*claim);
            } else if (auto code = s.optionalId(4)) {
                note.target = NoteTarget::Code;
                note.targetId = *code;
                wanted = codeSet.contains(*code);
            } else {
                note.target = NoteTarget::Library; // in an export of the whole library
                wanted = scope.kind == ExportScope::Kind::Library;
            }
            if (!wanted)
                return;
            note.body = s.text(5);
            note.createdAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
            note.updatedAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
            if (note.target == NoteTarget::Annotation)
                data.notesOfAnnotation[note.targetId].append(data.notes.size());
            data.notes.append(note);
        });
    if (!read)
        return read.error();

    auto people = PersonStore(library).list();
    if (!people)
        return people.error();
    for (const Person &person : std::as_const(*people))
        data.people.insert(person.id, person);
    auto places = PlaceStore(library).list();
    if (!places)
        return places.error();
    for (const Place &place : std::as_const(*places))
        data.places.insert(place.id, place);
    return data;
}

Result<ExportCounts> countExport(const Database &library, const ExportScope &scope)
{
    if (scope.kind != ExportScope::Kind::Library) {
        Result<ExportData> data = loadExport(library, scope);
        if (!data)
            return data.error();
        return ExportCounts{data->articles.size(), data->annotations.size(), data->claims.size(),
                            data->notes.size()};
    }
    // The whole library: counting is enough, and far quicker than reading it.
    const QString &db = library.connectionName();
    ExportCounts counts;
    qint64 *targets[4] = {&counts.articles, &counts.annotations, &counts.claims, &counts.notes};
    const char *tables[4] = {"articles", "annotations", "claims", "notes"};
    for (int i = 0; i < 4; ++i) {
        Status done = eachRow(db, QByteArray("SELECT count(*) FROM ") + tables[i], {},
                              [&](const sqlite::Row &s) { *targets[i] = s.integer(0); });
        if (!done)
            return done.error();
    }
    return counts;
}

} // namespace parallax
