#include "jsonview.h"

#include "util/codepoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray countsJson(const QList<QPair<QString, qint64>> &rows, const QString &key)
{
    QJsonArray array;
    for (const auto &[name, count] : rows)
        array.append(QJsonObject{{key, textOrNull(name)}, {u"articles"_s, count}});
    return array;
}

// The fields Article and ArticleSummary share.
template <typename A> QJsonObject metadataJson(const A &a)
{
    return QJsonObject{
        {u"id"_s, a.id},
        {u"title"_s, a.title},
        {u"outlet"_s, textOrNull(a.outletName)},
        {u"author"_s, textOrNull(a.author)},
        {u"url"_s, textOrNull(a.url)},
        {u"published"_s, textOrNull(a.published)},
        {u"language"_s, textOrNull(a.language)},
        {u"imported_at"_s, a.importedAt.toString(Qt::ISODate)},
    };
}

} // namespace

QJsonObject articleSummaryJson(const ArticleSummary &a)
{
    QJsonObject object = metadataJson(a);
    object.insert(u"quotes"_s, a.quoteCount);
    object.insert(u"places"_s, a.placeCount);
    return object;
}

QJsonObject articleJson(const Article &a, bool withBody)
{
    QJsonObject object = metadataJson(a);
    object.insert(u"content_hash"_s, a.contentHash);
    object.insert(u"source_path"_s, textOrNull(a.sourcePath));
    object.insert(u"body_length"_s, qint64(codePointLength(a.body)));
    if (withBody)
        object.insert(u"body"_s, a.body);
    return object;
}

QJsonObject searchHitJson(const SearchHit &hit)
{
    return QJsonObject{
        {u"id"_s, hit.articleId},
        {u"title"_s, hit.title},
        {u"outlet"_s, textOrNull(hit.outletName)},
        {u"published"_s, textOrNull(hit.published)},
        {u"snippet"_s, hit.snippet},
        {u"score"_s, hit.score},
    };
}

QJsonObject importResultJson(const FileImportResult &r)
{
    return QJsonObject{
        {u"path"_s, r.path},
        {u"status"_s, storedName(r.outcome)},
        {u"id"_s, r.articleId > 0 ? QJsonValue(r.articleId) : QJsonValue(QJsonValue::Null)},
        {u"title"_s, textOrNull(r.title)},
        {u"reason"_s, textOrNull(r.reason)},
    };
}

QString importResultLine(const FileImportResult &r)
{
    switch (r.outcome) {
    case ImportOutcome::Imported:
        return u"imported   #%1  %2  (%3)"_s.arg(r.articleId).arg(r.path, r.title);
    case ImportOutcome::Duplicate:
        return u"duplicate  #%1  %2  (already in the library as article %1)"_s.arg(r.articleId)
            .arg(r.path);
    case ImportOutcome::Failed:
        return u"failed          %1: %2"_s.arg(r.path, r.reason);
    case ImportOutcome::Skipped:
        return u"skipped         %1: %2"_s.arg(r.path, r.reason);
    }
    return {};
}

QJsonObject statsJson(const LibraryStats &s)
{
    return QJsonObject{
        {u"articles"_s, s.articles},
        {u"outlets"_s, s.outlets},
        {u"people"_s, s.people},
        {u"places"_s, s.places},
        {u"codes"_s, s.codes},
        {u"claims"_s, s.claims},
        {u"notes"_s, s.notes},
        {u"annotations"_s, QJsonObject{{u"quotes"_s, s.quotes},
                                       {u"speaker_mentions"_s, s.speakerMentions},
                                       {u"place_mentions"_s, s.placeMentions},
                                       {u"codings"_s, s.codings}}},
        {u"by_language"_s, countsJson(s.articlesByLanguage, u"language"_s)},
        {u"by_outlet"_s, countsJson(s.articlesByOutlet, u"outlet"_s)},
        {u"first_published"_s, textOrNull(s.firstPublished)},
        {u"last_published"_s, textOrNull(s.lastPublished)},
        {u"schema_version"_s, s.schemaVersion},
    };
}

} // namespace parallax::cli
