// Russian and Ukrainian case endings for name matching: "в Харькове", "Донецкой области",
// "по словам Подоляка", "у Києві" all reach the nominative names in the registries.
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace parallax::analysis {

// Keys under which a folded Cyrillic name token is indexed: its stem without the nominative
// ending, plus the Ukrainian і/о alternation (Харків -> Харков-, Київ -> Києв-).
QVarLengthArray<QString, 2> cyrillicNameKeys(QStringView foldedToken);

// Every stem a folded Cyrillic text token may have: the token itself, then the token less
// each case ending it carries, keeping at least three letters.
QVarLengthArray<QStringView, 8> cyrillicTextStems(QStringView foldedToken);

} // namespace parallax::analysis
