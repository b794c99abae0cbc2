// Whether a name the gazetteer knows is a place where it stands. A world gazetteer is full of
// names that are also people's names (Jordan, Tyler, Vladimir), parts of longer names (Real
// Madrid, Virginia Railway Express), everyday words (Mobile, Police) and small towns whose
// names mean something else. Each match is weighed on evidence from the text and the data:
//   - against: a title or a given name before it, a capitalised word joined to it on either
//     side (a longer name), a speech verb right after a person-like name;
//   - in need of support: a person's name, an everyday word opening a sentence, a town known
//     only from the world city list and under 100,000 people;
//   - support: a preposition of place (in, at, near, from, в, під), "the city of", "X-based",
//     "City, State", a dateline, a list with other places, or the same name supported
//     elsewhere in the article.
#pragma once

#include "analysis/gazetteer.h"
#include "analysis/textcontext.h"

#include <QList>

namespace parallax::analysis {

struct NameMatch
{
    qsizetype token = 0;
    qsizetype count = 0;
    int place = -1;        // the best reading
    bool prominent = true; // some reading is curated, user-defined or a city of 100,000 or more
};

class PlaceEvidence final
{
public:
    explicit PlaceEvidence(const Gazetteer &gazetteer);

    // For each match, in text order: true when it reads as a place.
    QList<bool> weigh(const TextContext &context, const QList<NameMatch> &matches) const;

    // Towns below this many people need support unless a curated table lists them.
    static constexpr qint64 kProminentPopulation = 100000;

private:
    bool isPersonName(const TextContext &c, const NameMatch &match) const;

    const Gazetteer &m_gazetteer;
};

} // namespace parallax::analysis
