// What an export holds: the articles, annotations, codebook, registry entries, claims and
// notes of one scope (the whole library, some articles, some claims, or a code with its
// sub-codes), read in a few bulk queries.
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

struct ExportScope
{
    enum class Kind
    {
        Library,
        Articles,
        Claims,
        Code
    };
    Kind kind = Kind::Library;
    QList<qint64> ids; // the articles, the claims, or the one code

    static ExportScope library() { return {}; }
    static ExportScope articles(QList<qint64> ids) { return {Kind::Articles, std::move(ids)}; }
    static ExportScope claims(QList<qint64> ids) { return {Kind::Claims, std::move(ids)}; }
    static ExportScope code(qint64 id) { return {Kind::Code, {id}}; }
    QString describe() const;
};

struct ExportData
{
    ExportScope scope;
    QList<Article> articles; // id order; body included
    // By article, then start; rejected ones included. exact, prefix and suffix are left empty:
    // they are slices of the body, given by exact(), prefix() and suffix().
    QList<Annotation> annotations;
    QList<Code> codes;            // parents before children
    QHash<qint64, Person> people; // by id: the whole registry
    QHash<qint64, Place> places;  // by id: the whole registry
    QList<Claim> claims;
    QList<ClaimAppearance> appearances; // those whose passage is exported
    QList<Note> notes;                  // those on exported articles, passages, claims and codes

    // Lookups built once the lists are filled.
    QHash<qint64, qsizetype> articleIndex;
    QHash<qint64, qsizetype> annotationIndex;
    QHash<qint64, QString> codePaths; // "Parent / Child"
    QHash<qint64, QList<qsizetype>> notesOfAnnotation;

    const Article *article(qint64 id) const;
    // The scope in words, with the code's name or the claim's statement.
    QString title() const;
    QStringView exact(const Annotation &a) const;
    QStringView prefix(const Annotation &a) const; // up to 32 characters before
    QStringView suffix(const Annotation &a) const; // up to 32 characters after
    const Annotation *annotation(qint64 id) const;
    QString personName(std::optional<qint64> id) const;
    QString placeName(std::optional<qint64> id) const;
    // Builds the lookups from the lists (loadExport fills the notes' one as it reads them).
    void index();
};

Result<ExportData> loadExport(const Database &library, const ExportScope &scope);

// What an export of the scope will hold, for a preview before it is written.
struct ExportCounts
{
    qint64 articles = 0;
    qint64 annotations = 0;
    qint64 claims = 0;
    qint64 notes = 0;
};
Result<ExportCounts> countExport(const Database &library, const ExportScope &scope);

} // namespace parallax
