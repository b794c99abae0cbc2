// Stores analyser findings as auto annotations of an article: quotations with their speaker
// mentions and people, and place mentions linked to places in the library's registry (a
// bundled place or person gets its row, with its aliases, the first time it is found).
#pragma once

#include "analysis/analyser.h"
#include "domain/annotation.h"
#include "domain/article.h"
#include "storage/sqlite/annotationbulkwriter.h"
#include "util/result.h"

#include <QHash>

namespace parallax {

class Database;

// The analysis of a stored article: its title and body analysed together (a headline quote
// reads its body for context), with every finding in body coordinates; findings in the
// title are dropped, as annotations point into the body.
analysis::Analysis analyseArticle(const analysis::Analyser &analyser, const Article &article);

// An analyser over the bundled data with the library's own places and people on top.
Result<std::shared_ptr<const analysis::Analyser>> libraryAnalyser(const Database &database);

class FindingRecorder final
{
public:
    explicit FindingRecorder(const Database &database, const analysis::Analyser &analyser);

    // Writes the findings; a finding whose kind and span a kept annotation already has (the
    // user accepted, rejected or made it) is left out. Runs inside the caller's transaction.
    Status record(qint64 articleId, const QString &body, const analysis::Analysis &findings,
                  const QList<Annotation> &kept = {});

private:
    Result<qint64> placeId(const analysis::PlaceFinding &place);
    Result<std::optional<qint64>> personId(const QString &name);
    // The person already in the library under this whole name in another script or
    // romanisation ("Oleksandr Tkachenko" for "Олександр Ткаченко"); the spelling becomes an alias.
    Result<std::optional<qint64>> samePersonInAnotherSpelling(const QString &name);

    const Database &m_database;
    const analysis::Analyser &m_analyser;
    AnnotationBulkWriter m_annotations;
    QHash<QString, qint64> m_places; // "kind|name" -> id
    QHash<QString, qint64> m_people;
    std::optional<QHash<QString, qint64>>
        m_peopleByIdentity; // nameIdentityKey -> id, read on first need
};

} // namespace parallax
