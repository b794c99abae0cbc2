// Word tokens with their UTF-16 spans. Apostrophes, hyphens and punctuation separate
// tokens, so "Russia’s" gives "Russia" + "s" and "US-backed" gives "US" + "backed"; names
// are tokenised the same way, so "People's" in a name matches "People’s" in text.
#pragma once

#include <QList>
#include <QStringView>

namespace parallax::analysis {

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - start; }
};

QList<Token> tokenize(QStringView text);

// The tokens of text, each folded (textfold.h); for building keys from names.
QList<QString> foldedTokens(QStringView text);

} // namespace parallax::analysis
