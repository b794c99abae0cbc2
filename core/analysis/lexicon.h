// Closed word lists the speaker rules rely on, in English, Russian and Ukrainian. Every
// word is folded (textfold.h).
#pragma once

#include <QString>

namespace parallax::analysis::lexicon {

// said, told, added, wrote, заявил, сказав, ...
bool isSpeechVerb(const QString &folded);
// he, she, он, вона, ...: the gender, or 0 when the word is not a personal pronoun.
char personalPronounGender(const QString &folded);
// his, her, его, її, ...
char possessivePronounGender(const QString &folded);
// Words between a subject and its verb: has, also, later, repeatedly, ...
bool isVerbFiller(const QString &folded);
// Capitalised words that are not names: titles, demonyms, months, days, sentence openers.
bool isNotAName(const QString &folded);
// Words that open a subordinate clause: after, when, because, после, коли, …
bool isSubordinator(const QString &folded);
// Mr, Mrs, Dr, Sen.: before a capitalised word, a person.
bool isHonorific(const QString &folded);
// Titles and descriptions that may stand before a name: president, adviser, minister, ...
bool isTitleWord(const QString &folded);
// Collective or institutional speakers: officials, analysts, the Kremlin, ...
bool isGroupWord(const QString &folded);
// Words before a quoted term rather than reported speech: so-called, its, fake, ...
bool isTermCue(const QString &folded);
// "according to", "по словам", "за словами": the first word, which must be followed by
// its partner (isAttributionPartner).
bool isAttributionLead(const QString &folded);
bool isAttributionPartner(const QString &lead, const QString &folded);
// and, or, и, і, та, й: words that join the members of a list.
bool isCoordinator(const QString &folded);
// who, который, яка: a relative pronoun that can stand for a person.
bool isRelativePronoun(const QString &folded);
// Abbreviations whose full stop does not end a sentence: Mr, Dr, Gen, St, ...
bool isAbbreviation(const QString &folded);

} // namespace parallax::analysis::lexicon
