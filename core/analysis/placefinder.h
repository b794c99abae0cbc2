// Finds place mentions and names them canonically: gazetteer matches, then context rules that
// decide city or region ("Kherson region" vs "the city of Kherson"), carry that decision
// through coordinations and the rest of the article, and mark capitals standing for
// governments ("Kiev says", "talks with Moscow").
#pragma once

#include "analysis/findings.h"
#include "analysis/gazetteer.h"
#include "analysis/tokens.h"

#include <memory>

namespace parallax::analysis {

class PlaceFinder final
{
public:
    explicit PlaceFinder(std::shared_ptr<const Gazetteer> gazetteer);

    // folded holds the folded text of every token.
    QList<PlaceFinding> find(QStringView text, const QList<Token> &tokens,
                             const QList<QString> &folded) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace parallax::analysis
