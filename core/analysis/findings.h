// What the analyser finds in a text. Spans are UTF-16 offsets into the analysed text; every
// finding carries a confidence and the id of the rule that made it.
#pragma once

#include "domain/annotation.h"
#include "domain/registry.h"

#include <QList>
#include <QString>
#include <optional>

namespace parallax::analysis {

// Bumped whenever a rule changes what is found, so stored findings can be told apart.
constexpr int kAnalyserVersion = 2;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - start; }
    bool contains(qsizetype position) const { return position >= start && position < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

struct SpeakerMention
{
    Span span;
    QString speaker;    // canonical full name; empty for a group or an unresolved description
    bool known = false; // the speaker is in the people registry
};

struct QuoteFinding
{
    Span span;  // the text between the marks
    Span marks; // the span including the marks
    QuoteClass quoteClass = QuoteClass::Statement;
    bool truncated = false;
    int nesting = 0; // 0 for an outer quotation
    std::optional<SpeakerMention> mention;
    double confidence = 0.0;
    QString rule;

    QString speaker() const { return mention ? mention->speaker : QString(); }
};

struct PlaceFinding
{
    Span span;
    QString canonical;
    PlaceKind kind = PlaceKind::Other;
    QString parent;
    bool metonym = false;
    double confidence = 0.0;
    QString rule;
};

struct Analysis
{
    QList<QuoteFinding> quotes;
    QList<PlaceFinding> places;
};

} // namespace parallax::analysis
