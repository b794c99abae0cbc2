#include "reading/highlights.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parallax {

QString layerName(HighlightLayer layer)
{
    switch (layer) {
    case HighlightLayer::Quotes:
        return QCoreApplication::translate("Highlights", "Quotations");
    case HighlightLayer::Speakers:
        return QCoreApplication::translate("Highlights", "Speakers");
    case HighlightLayer::Places:
        return QCoreApplication::translate("Highlights", "Places");
    case HighlightLayer::Codes:
        return QCoreApplication::translate("Highlights", "Codes");
    }
    return {};
}

QColor speakerColor(std::optional<qint64> personId)
{
    if (!personId)
        return QColor::fromHsvF(0.0f, 0.0f, 0.62f);
    // Golden-ratio steps spread consecutive ids around the colour wheel.
    const double hue = std::fmod(double(*personId) * 0.618033988749895 + 0.11, 1.0);
    return QColor::fromHsvF(float(hue), 0.55f, 0.93f);
}

QColor placeColor(bool dark)
{
    return dark ? QColor(0x4d, 0xd0, 0xc4) : QColor(0x00, 0x79, 0x6b);
}

QList<Highlight> buildHighlights(const ReadingData &data, LayerSet visible)
{
    QList<Highlight> out;
    out.reserve(data.annotations.size());
    for (const Annotation &a : data.annotations) {
        Highlight h{a.start, a.end, HighlightLayer::Quotes,
                    {},      a.id,  a.status == AnnotationStatus::Rejected};
        switch (a.kind) {
        case AnnotationKind::Quote:
            h.layer = HighlightLayer::Quotes;
            h.color = speakerColor(a.personId);
            break;
        case AnnotationKind::SpeakerMention:
            h.layer = HighlightLayer::Speakers;
            h.color = speakerColor(a.personId);
            break;
        case AnnotationKind::PlaceMention:
            h.layer = HighlightLayer::Places;
            h.color = placeColor(false);
            break;
        case AnnotationKind::Code:
            h.layer = HighlightLayer::Codes;
            h.color = QColor(a.codeId ? data.codes.value(*a.codeId).color : QString());
            break;
        }
        if (visible.contains(h.layer))
            out.append(h);
    }
    std::stable_sort(out.begin(), out.end(), [](const Highlight &x, const Highlight &y) {
        if (x.start != y.start)
            return x.start < y.start;
        return (x.layer == HighlightLayer::Quotes) > (y.layer == HighlightLayer::Quotes);
    });
    return out;
}

QTextCharFormat highlightFormat(const Highlight &highlight, bool dark, bool selected)
{
    QTextCharFormat format;
    QColor color = highlight.color;
    switch (highlight.layer) {
    case HighlightLayer::Quotes:
        // A wash light enough (or dark enough) to keep the text readable in either palette.
        color.setAlphaF(dark ? 0.30f : 0.28f);
        format.setBackground(color);
        break;
    case HighlightLayer::Codes:
        color.setAlphaF(dark ? 0.40f : 0.35f);
        format.setBackground(color);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(highlight.color);
        break;
    case HighlightLayer::Speakers:
        format.setFontWeight(QFont::DemiBold);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(dark ? highlight.color : highlight.color.darker(160));
        break;
    case HighlightLayer::Places:
        format.setForeground(placeColor(dark));
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(placeColor(dark));
        break;
    }
    if (highlight.rejected) {
        format.setFontStrikeOut(true);
        format.setForeground(QColor(0x90, 0x90, 0x90));
        format.setBackground(Qt::NoBrush);
    }
    if (selected) {
        QColor strong = highlight.color;
        strong.setAlphaF(0.75f);
        format.setBackground(strong);
        format.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
    }
    return format;
}

QList<LegendEntry> legendFor(const ReadingData &data)
{
    QList<LegendEntry> legend;
    QSet<qint64> speakers;
    bool unknownSpeaker = false;
    bool places = false;
    QSet<qint64> codes;
    for (const Annotation &a : data.annotations) {
        if (a.kind == AnnotationKind::Quote) {
            if (a.personId)
                speakers.insert(*a.personId);
            else
                unknownSpeaker = true;
        }
        places = places || a.kind == AnnotationKind::PlaceMention;
        if (a.kind == AnnotationKind::Code && a.codeId)
            codes.insert(*a.codeId);
    }
    QList<qint64> sorted(speakers.cbegin(), speakers.cend());
    std::sort(sorted.begin(), sorted.end(), [&data](qint64 a, qint64 b) {
        return data.people.value(a).name < data.people.value(b).name;
    });
    for (const qint64 id : sorted)
        legend.append({HighlightLayer::Quotes, data.people.value(id).name, speakerColor(id)});
    if (unknownSpeaker)
        legend.append({HighlightLayer::Quotes,
                       QCoreApplication::translate("Highlights", "Speaker unknown"),
                       speakerColor(std::nullopt)});
    if (places)
        legend.append(
            {HighlightLayer::Places, layerName(HighlightLayer::Places), placeColor(false)});
    for (const qint64 id : codes)
        legend.append(
            {HighlightLayer::Codes, data.codes.value(id).name, QColor(data.codes.value(id).color)});
    return legend;
}

} // namespace parallax
