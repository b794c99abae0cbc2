// What Parallax writes into a REFI-QDA project beyond plain codes, so that its own import
// reads quotations, speakers, places and claims back: markers in the Description of the
// codes and sets that stand for them.
#pragma once

#include <QString>

namespace parallax::qdpx {

inline const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
inline const QString kQuotations = QStringLiteral("parallax:quotations");            // root code
inline const QString kSpeakerMentions = QStringLiteral("parallax:speaker-mentions"); // root code
inline const QString kPlaces = QStringLiteral("parallax:places");                    // root code
inline const QString kPerson = QStringLiteral("parallax:person"); // a speaker's code
inline const QString kUnknownSpeaker = QStringLiteral("parallax:unknown-speaker");
inline const QString kUnknownPlace = QStringLiteral("parallax:unknown-place");
inline const QString kPlacePrefix = QStringLiteral("parallax:place:"); // + kind, e.g. "city"
inline const QString kClaim = QStringLiteral("parallax:claim");        // a set's first line
inline const QString kSpeakerLine = QStringLiteral("speaker: ");
inline const QString kDateLine = QStringLiteral("date: ");

// A speaker-mention code is named after its person with this after the name, so that no two
// codes share a name.
inline const QString kMentionSuffix = QStringLiteral(" (mention)");
// Between the notes of one thing when they go out together as its Description.
inline const QString kMemoSeparator = QStringLiteral("\n\n");

// The variables every source carries.
inline const QString kOutlet = QStringLiteral("Outlet");
inline const QString kDate = QStringLiteral("Date");
inline const QString kAuthor = QStringLiteral("Author");
inline const QString kUrl = QStringLiteral("URL");
inline const QString kLanguage = QStringLiteral("Language");

} // namespace parallax::qdpx
