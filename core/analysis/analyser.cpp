#include "analysis/analyser.h"

#include "analysis/personmentions.h"
#include "analysis/placefinder.h"
#include "analysis/quoteclass.h"
#include "analysis/quotescanner.h"
#include "analysis/speakersieve.h"
#include "analysis/textcontext.h"

namespace parallax::analysis {

Analyser::Analyser() : Analyser(Gazetteer::bundled(), PeopleRegistry::bundled()) {}

Analyser::Analyser(std::shared_ptr<const Gazetteer> gazetteer,
                   std::shared_ptr<const PeopleRegistry> people)
    : m_gazetteer(std::move(gazetteer)), m_people(std::move(people))
{}

Analysis Analyser::analyse(QStringView text, QDate articleDate) const
{
    Analysis analysis;
    TextContext context(text);

    const QList<QuotedSpan> quoted = scanQuotations(text);
    QList<Span> innerSpans;
    innerSpans.reserve(quoted.size());
    for (const QuotedSpan &span : quoted)
        innerSpans.append(span.inner);
    context.setQuoted(innerSpans);

    analysis.places = PlaceFinder(m_gazetteer).find(context);
    QList<Span> placeSpans;
    placeSpans.reserve(analysis.places.size());
    for (const PlaceFinding &place : std::as_const(analysis.places))
        placeSpans.append(place.span);

    analysis.quotes.reserve(quoted.size());
    for (const QuotedSpan &span : quoted) {
        QuoteFinding quote;
        quote.span = span.inner;
        quote.marks = span.marks;
        quote.nesting = span.nesting;
        quote.truncated = span.truncated;
        quote.quoteClass = classifyQuote(context, span.inner, span.marks);
        analysis.quotes.append(quote);
    }
    PersonMentions mentions(context, *m_people, placeSpans, articleDate);
    attributeSpeakers(context, mentions, analysis.quotes);
    return analysis;
}

} // namespace parallax::analysis
