// Writes XML straight into UTF-8 bytes: far faster than QXmlStreamWriter for the hundreds of
// thousands of small elements of a large REFI-QDA project. Names are trusted ASCII; values and
// text are escaped; characters XML 1.0 forbids are dropped.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace parallax {

class XmlBuilder
{
public:
    explicit XmlBuilder(QByteArray &out) : m_out(out) {}

    void declaration() { m_out += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"; }
    // Opens <name; attributes follow until the next element, text or close.
    void start(const char *name);
    void attribute(const char *name, QStringView value);
    void attribute(const char *name, const char *ascii, qsizetype length);
    void attribute(const char *name, qint64 number);
    // An element with no content: <name .../>; its attributes follow.
    void empty(const char *name);
    void text(QStringView value);
    void textElement(const char *name, QStringView value);
    void end();

private:
    void closeTag();
    void escaped(QStringView value, bool attribute);

    QByteArray &m_out;
    QList<const char *> m_open;
    bool m_tagOpen = false;
    bool m_emptyOpen = false;
};

} // namespace parallax
