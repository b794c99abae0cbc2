#include "export/offsets.h"

#include "util/codepoints.h"

#include <algorithm>

namespace parallax {

CodePointOffsets::CodePointOffsets(QStringView body)
    : m_body(body),
      m_plain(std::none_of(body.cbegin(), body.cend(), [](QChar c) { return c.isSurrogate(); }))
{}

qsizetype CodePointOffsets::operator()(qsizetype utf16Offset) const
{
    return m_plain ? utf16Offset : codePointOffset(m_body, utf16Offset);
}

} // namespace parallax
