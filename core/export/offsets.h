// Code-point offsets of one article's body, cheap when the body has no surrogate pairs (the
// usual case), exact when it has.
#pragma once

#include <QStringView>

namespace parallax {

class CodePointOffsets
{
public:
    explicit CodePointOffsets(QStringView body);
    qsizetype operator()(qsizetype utf16Offset) const;
    qsizetype length() const { return (*this)(m_body.size()); }

private:
    QStringView m_body;
    bool m_plain = true;
};

} // namespace parallax
