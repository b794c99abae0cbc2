// The highlight layers of a reading pane: which annotation spans show, in which colour and
// style, and the legend that explains them.
#pragma once

#include "reading/readingdata.h"

#include <QColor>
#include <QList>
#include <QTextCharFormat>

namespace parallax {

enum class HighlightLayer
{
    Quotes = 0,
    Speakers,
    Places,
    Codes
};
constexpr int kHighlightLayerCount = 4;

QString layerName(HighlightLayer layer);

class LayerSet final
{
public:
    static LayerSet all() { return LayerSet(0xF); }
    LayerSet() = default;
    bool contains(HighlightLayer layer) const { return (m_bits >> int(layer)) & 1U; }
    void set(HighlightLayer layer, bool on)
    {
        m_bits = on ? (m_bits | (1U << int(layer))) : (m_bits & ~(1U << int(layer)));
    }
    bool operator==(const LayerSet &) const = default;

private:
    explicit LayerSet(unsigned bits) : m_bits(bits) {}
    unsigned m_bits = 0;
};

struct Highlight
{
    qsizetype start = 0; // body offsets, UTF-16
    qsizetype end = 0;
    HighlightLayer layer = HighlightLayer::Quotes;
    QColor color;
    qint64 annotationId = 0;
    bool rejected = false; // shown only on request, struck through
};

// One colour per person, the same in every pane and session; grey for an unknown speaker.
QColor speakerColor(std::optional<qint64> personId);
QColor placeColor(bool dark);

// Highlights of the visible layers, in body order. Quotes come before the mentions inside
// them, so overlays draw mentions on top.
QList<Highlight> buildHighlights(const ReadingData &data, LayerSet visible);

// The text format of a highlight; dark is the palette of the pane.
QTextCharFormat highlightFormat(const Highlight &highlight, bool dark, bool selected = false);

struct LegendEntry
{
    HighlightLayer layer;
    QString label;
    QColor color;
};

// What the colours of this article mean: one entry per speaker, then places and codes.
QList<LegendEntry> legendFor(const ReadingData &data);

} // namespace parallax
