// Places no gazetteer can list, found by the shape of their name:
//   - "Licking County", "St. Tammany Parish", "Cranberry Township": capitalised words before
//     County, Parish, Borough or Township name a county-level region;
//   - "Chiefland, Fla.", "Tega Cay, S.C.", "Lanexa, Virginia": a capitalised name before a
//     comma and a US state (its AP abbreviation, or its name) is a town in that state.
// They add to the gazetteer's findings and take the place of any shorter finding inside them.
#pragma once

#include "analysis/findings.h"
#include "analysis/gazetteer.h"
#include "analysis/textcontext.h"

#include <QList>

namespace parallax::analysis {

// findings: what the gazetteer found, in text order; the result keeps that order.
QList<PlaceFinding> addPatternPlaces(const TextContext &context, const Gazetteer &gazetteer,
                                     QList<PlaceFinding> findings);

} // namespace parallax::analysis
