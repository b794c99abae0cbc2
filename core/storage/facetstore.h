// Reads the values the library can be filtered by (outlets, speakers, places, codes), with
// how many articles each covers, and the articles that match one value.
#pragma once

#include "util/result.h"

#include <QList>
#include <QSet>
#include <QString>

namespace parallax {

class Database;

enum class FacetKind
{
    Outlet,
    Speaker,
    Place,
    Code
};

struct FacetValue
{
    qint64 id = 0; // outlet, person, place or code id
    QString label;
    int articles = 0;
};

// The places, people and quotes one article or the whole library mentions, for "show all".
struct MentionHit
{
    qint64 annotationId = 0;
    qint64 articleId = 0;
    QString articleTitle;
    QString outletName;
    QString published;
    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Spelling
{
    QString text;
    int count = 0;
};

class FacetStore final
{
public:
    explicit FacetStore(const Database &database);

    // Most articles first; rejected annotations do not count.
    Result<QList<FacetValue>> values(FacetKind kind) const;
    Result<QSet<qint64>> articlesWith(FacetKind kind, qint64 id) const;
    // Every mention of a person (as speaker or mention) or of a place, newest articles first.
    Result<QList<MentionHit>> mentionsOf(FacetKind kind, qint64 id, int limit) const;
    // The spellings the library's articles use for a place or person, most frequent first.
    Result<QList<Spelling>> spellingsOf(FacetKind kind, qint64 id) const;

private:
    QString m_connection;
};

} // namespace parallax
