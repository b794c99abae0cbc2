// Turns what a user types in a search box into a safe FTS5 MATCH expression.
#pragma once

#include <QString>

namespace parallax {

// Words are ANDed; "quoted phrases" stay phrases; a trailing * makes a prefix; OR between
// two terms is kept; a leading - excludes a term. Every term is quoted, so characters such as
// ' : ( ) ^ in the input can never break the expression. Returns an empty string when the
// input holds no term to search for.
QString ftsMatchExpression(const QString &userInput);

} // namespace parallax
