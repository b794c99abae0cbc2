#include "analysis/tokens.h"

#include "analysis/textfold.h"

namespace parallax::analysis {

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 6 + 1);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text[i].unicode()))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && isWordChar(text[i].unicode()))
            ++i;
        tokens.append({start, i});
    }
    return tokens;
}

QList<QString> foldedTokens(QStringView text)
{
    QList<QString> result;
    for (const Token &token : tokenize(text))
        result.append(foldText(text.mid(token.start, token.size())));
    return result;
}

} // namespace parallax::analysis
