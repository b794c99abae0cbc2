// Where a REFI-QDA selection lies in its text. The standard counts characters, but writers
// differ: QualCoder counts code points, NVivo for Windows UTF-16 units, and a text with CRLF
// line ends may be counted with each line end as one character or two. The reading is chosen
// per source, from the evidence the file itself holds: the selected text that QualCoder and
// ATLAS.ti write as a selection's name, and whether selections begin and end at word
// boundaries. The text is stored as every import stores it (no BOM, LF line ends, NFC), and
// the chosen reading maps each selection onto it.
#pragma once

#include "export/qdpxproject.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace parallax::qdpx {

enum class PositionUnit
{
    CodePoints,
    Utf16
};

struct PositionReading
{
    PositionUnit unit = PositionUnit::CodePoints;
    bool lineEndsAsOne = false; // a CRLF counted as one character
    bool operator==(const PositionReading &) const = default;
};

// "code points" or "UTF-16 units", with "CRLF counted as one" when that applies.
QString describe(PositionReading reading, bool textHasCrlf);

class SourceText final
{
public:
    // text: the source file as decoded, BOM and CRLF included.
    explicit SourceText(const QString &text);

    // What the library stores.
    const QString &body() const { return m_body; }
    bool hasCrlf() const { return m_crlf; }
    // Whether code points and UTF-16 units differ anywhere in this text.
    bool hasAstral() const { return m_astral; }

    // The span in body() of a selection read this way; none when it does not fit the text or
    // is empty there.
    std::optional<std::pair<qsizetype, qsizetype>> span(PositionReading reading, qint64 start,
                                                        qint64 end) const;

    // The reading that fits the selections best; preferred wins a tie.
    PositionReading choose(const QList<Selection> &selections, PositionReading preferred) const;

private:
    int score(PositionReading reading, const QList<Selection> &selections) const;
    qsizetype toBody(qsizetype rawIndex) const;

    QString m_raw;          // BOM removed, CRLF kept
    QString m_lf;           // m_raw with CRLF as LF
    QList<qsizetype> m_crs; // m_lf indices before which a CR was dropped
    QString m_body;
    QList<qsizetype> m_bodySource; // body index -> index in the text given
    qsizetype m_bom = 0;
    bool m_crlf = false;
    bool m_astral = false;
};

} // namespace parallax::qdpx
