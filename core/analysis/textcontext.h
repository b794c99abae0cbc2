// Positions, tokens and sentences of one text, shared by the rules that read context.
#pragma once

#include "analysis/findings.h"
#include "analysis/tokenkeys.h"
#include "analysis/tokens.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax::analysis {

class TextContext final
{
public:
    explicit TextContext(QStringView text);
    TextContext(const TextContext &) = delete;
    TextContext &operator=(const TextContext &) = delete;

    QStringView text() const { return m_text; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<QString> &folded() const { return m_folded; }
    const TokenKeys &keys() const { return m_keys; }
    qsizetype tokenCount() const { return m_tokens.size(); }

    QStringView tokenText(qsizetype index) const;
    const QString &foldedAt(qsizetype index) const;
    // The first token starting at or after position (tokenCount() when none).
    qsizetype tokenAtOrAfter(qsizetype position) const;
    // The text between two neighbouring tokens.
    QStringView gapAfter(qsizetype index) const;
    bool startsUpper(qsizetype index) const;

    // Sentence bounds around a position: a sentence ends at . ! ? … (outside abbreviations
    // such as "Mr." or "U.S.") followed by white space and a capital or an opening mark, or
    // at a line break.
    qsizetype sentenceStart(qsizetype position) const;
    qsizetype sentenceEnd(qsizetype position) const;
    qsizetype lineStart(qsizetype position) const;
    qsizetype lineEnd(qsizetype position) const;

    // Marks text inside quotations, which the speaker rules do not read as narrative.
    void setQuoted(const QList<Span> &spans);
    bool isQuotedToken(qsizetype index) const { return m_quotedToken.at(index); }

private:
    bool endsSentenceAt(qsizetype position) const;

    QStringView m_text;
    QList<Token> m_tokens;
    QList<QString> m_folded;
    TokenKeys m_keys; // views into m_folded
    QList<bool> m_quotedToken;
};

} // namespace parallax::analysis
