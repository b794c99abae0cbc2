// The analysis engine: quotations, their speakers and the places named, in English, Russian
// and Ukrainian news text. Pure functions over text: no SQL, no network, no models to
// download. One Analyser can serve many threads at once.
#pragma once

#include "analysis/findings.h"
#include "analysis/gazetteer.h"
#include "analysis/peopleregistry.h"

#include <QDate>
#include <QStringView>
#include <memory>

namespace parallax::analysis {

class Analyser final
{
public:
    // The bundled gazetteer and people registry.
    Analyser();
    Analyser(std::shared_ptr<const Gazetteer> gazetteer,
             std::shared_ptr<const PeopleRegistry> people);

    // articleDate picks the holder of a role ("the US president") when the article does not
    // name them; an invalid date means today.
    Analysis analyse(QStringView text, QDate articleDate = {}) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }
    const PeopleRegistry &people() const { return *m_people; }

private:
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const PeopleRegistry> m_people;
};

} // namespace parallax::analysis
