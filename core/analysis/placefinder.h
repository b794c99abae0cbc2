// Finds place mentions and names them canonically: gazetteer matches, then context rules that
// decide city or region ("Kherson region" vs "the city of Kherson"), carry that decision
// through coordinations and the rest of the article, and mark capitals standing for
// governments ("Kiev says", "talks with Moscow").
#pragma once

#include "analysis/findings.h"
#include "analysis/gazetteer.h"
#include "analysis/placeevidence.h"
#include "analysis/textcontext.h"

#include <memory>

namespace parallax::analysis {

class PlaceFinder final
{
public:
    explicit PlaceFinder(std::shared_ptr<const Gazetteer> gazetteer);

    QList<PlaceFinding> find(const TextContext &context) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    PlaceEvidence m_evidence;
};

} // namespace parallax::analysis
