// Folding for name matching: case, Latin diacritics, apostrophe variants and ё, so that
// "KYIV", "Kyïv" and "Kyiv" compare equal. Cyrillic letters keep their identity (й, ї, є).
#pragma once

#include <QString>
#include <QStringView>

namespace parallax::analysis {

// One UTF-16 unit folded; the table is built once and shared by every thread.
char16_t foldChar(char16_t c);
QString foldText(QStringView text);

// Characters that make up words: letters, digits and combining marks.
bool isWordChar(char16_t c);
bool isCyrillic(char16_t c);
bool isUpperLetter(char16_t c);
bool isLowerLetter(char16_t c);
bool startsUpper(QStringView word);

// ' ’ ʼ ‘ and friends, all of which appear as apostrophes in news text.
bool isApostrophe(char16_t c);
bool isDash(char16_t c); // - – — ‒ ―

// The gap between two words of one name: a single space or hyphen.
bool isSingleSpace(QStringView gap);

} // namespace parallax::analysis
