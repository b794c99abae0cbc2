// The rules of the speaker sieve (speakersieve.h), shared by the files that define them:
// speakerrules.cpp finds the subject of a reporting verb around a quotation, speakersieve.cpp
// runs the sieve and carries speakers over and into headlines. Not for use elsewhere.
#pragma once

#include "analysis/findings.h"
#include "analysis/lexicon.h"
#include "analysis/personmentions.h"
#include "analysis/quotescanner.h"
#include "analysis/textcontext.h"

#include <optional>

namespace parallax::analysis::sieve {

struct Attribution
{
    bool decided = false;
    std::optional<SpeakerMention> mention;
    double confidence = 0.0;
    QString rule;
};

class Sieve
{
public:
    Sieve(const TextContext &context, const PersonMentions &mentions)
        : m_c(context), m_mentions(mentions)
    {}

    void run(QList<QuoteFinding> &quotes);

private:
    Attribution fromMention(const PersonMention *mention, const QString &rule, double cap) const;
    Attribution group(qsizetype token, const QString &rule) const;
    bool verbAt(qsizetype token) const
    {
        return token >= 0 && token < m_c.tokenCount() && !m_c.isQuotedToken(token) &&
               lexicon::isSpeechVerb(m_c.foldedAt(token));
    }
    qsizetype skipFillersForward(qsizetype token, qsizetype limit) const
    {
        qsizetype k = token;
        while (k < limit && k - token < 4 && lexicon::isVerbFiller(m_c.foldedAt(k)))
            ++k;
        return k;
    }
    bool isGroupToken(qsizetype token) const
    {
        const QString &folded = m_c.foldedAt(token);
        return lexicon::isGroupWord(folded) || m_mentions.isPlaceToken(token);
    }

    Attribution subjectBefore(qsizetype verb, qsizetype sentenceStart, const QString &rule,
                              bool fallback) const;
    const PersonMention *mentionBeforePhrase(qsizetype last, qsizetype sentenceStart) const;
    bool isPreposition(qsizetype token) const;
    Attribution subjectAfter(qsizetype verb, qsizetype limit, const QString &rule,
                             bool crossCommas) const;
    Attribution trailing(const QuoteFinding &quote, qsizetype sentenceEnd) const;
    Attribution accordingTo(qsizetype sentenceStart, qsizetype sentenceEnd) const;
    Attribution possessive(const QuoteFinding &quote) const;
    Attribution reportingBefore(const QuoteFinding &quote, qsizetype sentenceStart) const;
    Attribution reportingAfter(const QuoteFinding &quote, qsizetype sentenceEnd) const;
    Attribution carryOver(const QList<QuoteFinding> &quotes, qsizetype index) const;
    Attribution leadIn(const QuoteFinding &quote) const;
    bool isHeadlineLine(qsizetype position) const;
    Attribution headline(const QList<QuoteFinding> &quotes, qsizetype index) const;

    const TextContext &m_c;
    const PersonMentions &m_mentions;
};

} // namespace parallax::analysis::sieve
