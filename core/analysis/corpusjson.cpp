#include "analysis/corpusjson.h"

#include "domain/registry.h"
#include "util/codepoints.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

struct SourceSpan
{
    QString text;
    qsizetype start = 0; // code points
};

class SourceMapper
{
public:
    SourceMapper(QStringView source, const std::function<qsizetype(qsizetype)> &toSource)
        : m_source(source), m_toSource(toSource)
    {}

    SourceSpan map(Span span) const
    {
        const qsizetype start = m_toSource(span.start);
        const qsizetype end = m_toSource(span.end);
        return {m_source.mid(start, end - start).toString(), codePointOffset(m_source, start)};
    }

private:
    QStringView m_source;
    const std::function<qsizetype(qsizetype)> &m_toSource;
};

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QJsonObject toCorpusJson(const Analysis &analysis, QStringView source,
                         const std::function<qsizetype(qsizetype)> &toSource)
{
    const SourceMapper mapper(source, toSource);
    QJsonArray quotes;
    for (const QuoteFinding &quote : analysis.quotes) {
        const SourceSpan text = mapper.map(quote.span);
        QJsonObject object{{u"text"_s, text.text}, {u"start"_s, text.start}};
        object.insert(u"speaker"_s,
                      quote.speaker().isEmpty() ? QJsonValue() : QJsonValue(quote.speaker()));
        if (quote.mention && quote.mention->span.size() > 0) {
            const SourceSpan mention = mapper.map(quote.mention->span);
            object.insert(u"speaker_mention"_s, mention.text);
            object.insert(u"speaker_mention_start"_s, mention.start);
        } else {
            object.insert(u"speaker_mention"_s, QJsonValue());
            object.insert(u"speaker_mention_start"_s, QJsonValue());
        }
        object.insert(u"short"_s, quote.quoteClass != QuoteClass::Statement);
        if (quote.quoteClass == QuoteClass::Term)
            object.insert(u"kind"_s, u"term"_s);
        if (quote.truncated)
            object.insert(u"truncated"_s, true);
        if (quote.nesting > 0)
            object.insert(u"nesting"_s, quote.nesting);
        object.insert(u"confidence"_s, rounded(quote.confidence));
        object.insert(u"rule"_s, quote.rule);
        quotes.append(object);
    }
    QJsonArray places;
    for (const PlaceFinding &place : analysis.places) {
        const SourceSpan mention = mapper.map(place.span);
        QJsonObject object{{u"mention"_s, mention.text},
                           {u"start"_s, mention.start},
                           {u"canonical"_s, place.canonical},
                           {u"kind"_s, storedName(place.kind)}};
        if (!place.parent.isEmpty())
            object.insert(u"parent"_s, place.parent);
        if (place.metonym)
            object.insert(u"metonym"_s, true);
        object.insert(u"confidence"_s, rounded(place.confidence));
        object.insert(u"rule"_s, place.rule);
        places.append(object);
    }
    return {{u"quotes"_s, quotes}, {u"places"_s, places}};
}

} // namespace parallax::analysis
