// Parallax's own attributes of each passage in a REFI-QDA project, which the standard has no
// place for: whether the analyser found it or a person made it, its review status, the
// analyser's confidence and rule, the class of a quotation, and which speaker mention
// credits a quotation. They travel in the archive entry parallax/passages.json, which other
// tools ignore (they read project.qde and sources/), keyed by the selection's GUID:
//
//   {"format": "parallax-passages", "version": 1, "passages": {"<selection GUID>":
//     {"origin": "auto", "status": "pending", "confidence": 0.82, "rule": "said-after",
//      "quote_class": "statement", "truncated": false, "metonym": false,
//      "analyser_version": 7, "speaker_mention": "<selection GUID>"}}}
//
// and, beside "passages", the registry entries the codes name, which the codebook cannot
// hold: "people": [{"name", "kind", "description", "aliases": [...]}] and
// "places": [{"name", "kind", "aliases": [...]}].
//
// A project without the entry (any other tool's) imports as manual, accepted work.
#pragma once

#include "domain/annotation.h"
#include "domain/registry.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <functional>
#include <optional>

namespace parallax::qdpx {

inline const QString kAttributesEntry = QStringLiteral("parallax/passages.json");

struct PassageAttributes
{
    AnnotationOrigin origin = AnnotationOrigin::Manual;
    AnnotationStatus status = AnnotationStatus::Accepted;
    std::optional<QuoteClass> quoteClass;
    std::optional<double> confidence;
    QString ruleId;
    bool truncated = false;
    bool metonym = false;
    std::optional<int> analyserVersion;
    QString speakerMention; // the GUID of the selection that credits this quotation

    void applyTo(Annotation &annotation) const;
};

struct ProjectAttributes
{
    QHash<QString, PassageAttributes> passages; // by selection GUID
    QList<Person> people;
    QList<Place> places;
};

// The entry for these passages and registry entries; selectionGuid names each passage's
// selection.
QByteArray writeProjectAttributes(const QList<Annotation> &passages,
                                  const std::function<QString(qint64 annotationId)> &selectionGuid,
                                  const QList<Person> &people, const QList<Place> &places);

// What the entry holds; error names what is wrong with it (it is then ignored and the
// passages import as manual work).
ProjectAttributes readProjectAttributes(const QByteArray &json, QString *error);

} // namespace parallax::qdpx
