#include "export/xmlbuilder.h"

#include <charconv>

namespace parallax {

void XmlBuilder::closeTag()
{
    if (m_emptyOpen)
        m_out += "/>";
    else if (m_tagOpen)
        m_out += '>';
    m_tagOpen = false;
    m_emptyOpen = false;
}

void XmlBuilder::start(const char *name)
{
    closeTag();
    m_out += '<';
    m_out += name;
    m_open.append(name);
    m_tagOpen = true;
}

void XmlBuilder::empty(const char *name)
{
    closeTag();
    m_out += '<';
    m_out += name;
    m_emptyOpen = true;
}

void XmlBuilder::attribute(const char *name, QStringView value)
{
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    escaped(value, true);
    m_out += '"';
}

void XmlBuilder::attribute(const char *name, const char *ascii, qsizetype length)
{
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    m_out.append(ascii, length);
    m_out += '"';
}

void XmlBuilder::attribute(const char *name, qint64 number)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    attribute(name, digits, result.ptr - digits);
}

void XmlBuilder::text(QStringView value)
{
    closeTag();
    escaped(value, false);
}

void XmlBuilder::textElement(const char *name, QStringView value)
{
    start(name);
    text(value);
    end();
}

void XmlBuilder::end()
{
    const char *name = m_open.takeLast();
    if (m_tagOpen && !m_emptyOpen) {
        m_out += "/>";
        m_tagOpen = false;
        return;
    }
    closeTag();
    m_out += "</";
    m_out += name;
    m_out += '>';
}

void XmlBuilder::escaped(QStringView value, bool attribute)
{
    qsizetype from = 0;
    auto flush = [&](qsizetype to) {
        if (to > from)
            m_out += value.mid(from, to - from).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const char *replacement = nullptr;
        switch (c) {
        case u'&':
            replacement = "&amp;";
            break;
        case u'<':
            replacement = "&lt;";
            break;
        case u'>':
            replacement = "&gt;";
            break;
        case u'"':
            replacement = attribute ? "&quot;" : nullptr;
            break;
        case u'\n':
            replacement = attribute ? "&#10;" : nullptr;
            break;
        case u'\r':
            replacement = "&#13;";
            break;
        case u'\t':
            replacement = attribute ? "&#9;" : nullptr;
            break;
        default:
            // Control characters, and the two non-characters XML 1.0 forbids, are dropped.
            if ((c < 0x20 && c != u'\n' && c != u'\t') || c == 0xfffe || c == 0xffff)
                replacement = "";
            break;
        }
        if (!replacement)
            continue;
        flush(i);
        m_out += replacement;
        from = i + 1;
    }
    flush(value.size());
}

} // namespace parallax
