// The nominative of a Russian or Ukrainian personal name found in another case, so that a
// speaker is named as a reader would name them: "Олександра Ткаченка" -> "Олександр
// Ткаченко", "Светлану Петренко" -> "Светлана Петренко", "Татьяны Даниленко" -> "Татьяна
// Даниленко". The given name says which sex and whether the name is declined; the surname
// and patronymic lose the matching ending. Latin names are returned unchanged.
#pragma once

#include "analysis/givennames.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax::analysis {

struct NominativeName
{
    QString text;
    char sex = 0; // 'm', 'f' or 0 when the name does not tell
};

// words: the name's words in text order (given name first, when there is one); given: every
// reading of the first word as a given name (empty when it is not one).
NominativeName nominativeName(const QStringList &words, const QList<GivenName> &given);

// The sex a Russian or Ukrainian surname in the nominative shows (Петрова, Шевченко -> 0).
char surnameSex(QStringView surname);

} // namespace parallax::analysis
