// Everything a reading pane shows for one article, loaded by one call per store.
#pragma once

#include "domain/annotation.h"
#include "domain/article.h"
#include "domain/codebook.h"
#include "domain/registry.h"
#include "util/result.h"

#include <QHash>
#include <QList>

namespace parallax {

class Database;

struct ReadingData
{
    Article article;
    QList<Annotation> annotations; // by start
    QHash<qint64, Person> people;
    QHash<qint64, Place> places;
    QHash<qint64, Code> codes;
    QList<Note> notes; // on the article and on its annotations

    const Annotation *annotation(qint64 id) const;
    QString personName(std::optional<qint64> id) const;
    QString placeName(std::optional<qint64> id) const;
};

// Rejected annotations are left out unless asked for (they show struck through).
Result<ReadingData> loadReadingData(const Database &database, qint64 articleId,
                                    bool includeRejected = false);

} // namespace parallax
