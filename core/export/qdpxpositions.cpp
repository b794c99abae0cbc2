#include "export/qdpxpositions.h"

#include "import/textnormalizer.h"
#include "util/codepoints.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::qdpx {
namespace {

// Whitespace runs as one space, and no ellipsis at the end: ATLAS.ti names a selection by
// its first words followed by "…".
QString comparable(const QString &text)
{
    QString simple = text.simplified();
    while (simple.endsWith(u'…') || simple.endsWith(u'.'))
        simple.chop(1);
    return simple.trimmed();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString describe(PositionReading reading, bool textHasCrlf)
{
    QString text = reading.unit == PositionUnit::Utf16 ? u"UTF-16 units"_s : u"code points"_s;
    if (textHasCrlf)
        text += reading.lineEndsAsOne ? u", CRLF as one"_s : u", CRLF as two"_s;
    return text;
}

SourceText::SourceText(const QString &text)
{
    m_bom = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    m_raw = text.mid(m_bom);
    m_lf.reserve(m_raw.size());
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const QChar c = m_raw.at(i);
        if (c == u'\r' && i + 1 < m_raw.size() && m_raw.at(i + 1) == u'\n') {
            m_crs.append(m_lf.size());
            m_crlf = true;
            continue;
        }
        if (c.isHighSurrogate())
            m_astral = true;
        m_lf.append(c);
    }
    NormalizedText normalized = normalizeText(text);
    m_body = std::move(normalized.text);
    m_bodySource = std::move(normalized.sourceIndex);
}

qsizetype SourceText::toBody(qsizetype rawIndex) const
{
    // The first body unit that comes from at or after this point of the given text.
    const qsizetype given = rawIndex + m_bom;
    const auto it = std::lower_bound(m_bodySource.cbegin(), m_bodySource.cend(), given);
    return qsizetype(it - m_bodySource.cbegin());
}

std::optional<std::pair<qsizetype, qsizetype>> SourceText::span(PositionReading reading,
                                                                qint64 start, qint64 end) const
{
    if (start < 0 || end <= start)
        return std::nullopt;
    const QString &counted = reading.lineEndsAsOne ? m_lf : m_raw;
    auto toRaw = [&](qint64 position) -> std::optional<qsizetype> {
        qsizetype index = position;
        if (reading.unit == PositionUnit::CodePoints) {
            index = utf16Offset(counted, position);
            if (index == counted.size() && codePointLength(counted) < position)
                return std::nullopt;
        }
        if (index > counted.size())
            return std::nullopt;
        if (index > 0 && index < counted.size() && counted.at(index).isLowSurrogate())
            return std::nullopt;   // inside a character: not this reading
        if (reading.lineEndsAsOne) // back to the text with its CRs
            index += std::upper_bound(m_crs.cbegin(), m_crs.cend(), index - 1) - m_crs.cbegin();
        return index;
    };
    const auto from = toRaw(start);
    const auto to = toRaw(end);
    if (!from || !to)
        return std::nullopt;
    const qsizetype a = toBody(*from);
    const qsizetype b = toBody(*to);
    if (b <= a)
        return std::nullopt;
    return std::pair(a, b);
}

int SourceText::score(PositionReading reading, const QList<Selection> &selections) const
{
    int total = 0;
    for (const Selection &s : selections) {
        const auto where = span(reading, s.start, s.end);
        if (!where) {
            total -= 4;
            continue;
        }
        const auto [a, b] = *where;
        const QString name = comparable(s.name);
        if (!name.isEmpty() && !name.startsWith(u"line:"_s)) {
            const QString selected = comparable(m_body.mid(a, b - a));
            if (selected.startsWith(name) || (!selected.isEmpty() && name.startsWith(selected)))
                total += 3;
        }
        // Coders select whole words: a boundary inside a word speaks against the reading.
        if (a == 0 || !isWordChar(m_body.at(a - 1)) || !isWordChar(m_body.at(a)))
            ++total;
        if (b == m_body.size() || !isWordChar(m_body.at(b - 1)) || !isWordChar(m_body.at(b)))
            ++total;
    }
    return total;
}

PositionReading SourceText::choose(const QList<Selection> &selections,
                                   PositionReading preferred) const
{
    // Readings that give the same spans for this text need no comparing.
    QList<PositionReading> readings{preferred};
    for (const PositionUnit unit : {PositionUnit::CodePoints, PositionUnit::Utf16})
        for (const bool asOne : {false, true}) {
            const PositionReading r{unit, asOne};
            if ((unit == PositionUnit::Utf16 && !m_astral) || (asOne && !m_crlf))
                continue;
            if (!readings.contains(r))
                readings.append(r);
        }
    PositionReading best = preferred;
    int bestScore = score(preferred, selections);
    for (const PositionReading &r : std::as_const(readings)) {
        const int s = score(r, selections);
        if (s > bestScore) {
            best = r;
            bestScore = s;
        }
    }
    return best;
}

} // namespace parallax::qdpx
