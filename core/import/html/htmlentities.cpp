#include "import/html/htmlentities.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

struct EntityTable
{
    QHash<QString, QString> byName; // "amp;" and, for legacy names, "amp"
    qsizetype longestName = 0;
};

const EntityTable &entities()
{
    static const EntityTable table = [] {
        EntityTable loaded;
        QFile file(u":/html/entities.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the HTML entity table is missing from the build");
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                continue;
            QString value;
            for (QStringView hex : line.sliced(tab + 1).split(u' ', Qt::SkipEmptyParts)) {
                const char32_t cp = hex.toUInt(nullptr, 16);
                value += QString::fromUcs4(&cp, 1);
            }
            loaded.byName.insert(line.first(tab).toString(), value);
            loaded.longestName = std::max(loaded.longestName, tab);
        }
        return loaded;
    }();
    return table;
}

// What browsers make of &#128;–&#159;: the windows-1252 characters pages meant.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp >= 0x80 && cp <= 0x9F) {
        out += QChar(kWindows1252[cp - 0x80]);
        return;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    out += QString::fromUcs4(&cp, 1);
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The reference at text[at] (just after '&'): how many characters it spans, 0 when none.
qsizetype decodeReference(QStringView text, qsizetype at, QString &out)
{
    if (at < text.size() && text[at] == u'#') {
        qsizetype k = at + 1;
        const bool hex = k < text.size() && (text[k] == u'x' || text[k] == u'X');
        if (hex)
            ++k;
        const qsizetype digitsStart = k;
        char32_t cp = 0;
        while (k < text.size() && k - digitsStart < 8) {
            const QChar c = text[k];
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c.unicode() - u'A' + 10;
            if (digit < 0)
                break;
            cp = cp * (hex ? 16 : 10) + char32_t(digit);
            ++k;
        }
        if (k == digitsStart)
            return 0;
        appendCodePoint(out, cp);
        if (k < text.size() && text[k] == u';')
            ++k;
        return k - at;
    }
    const EntityTable &table = entities();
    qsizetype end = at;
    while (end < text.size() && end - at < table.longestName && isAsciiAlnum(text[end]))
        ++end;
    if (end == at)
        return 0;
    if (end < text.size() && text[end] == u';') {
        const auto found = table.byName.constFind(text.sliced(at, end - at + 1).toString());
        if (found != table.byName.cend()) {
            out += *found;
            return end - at + 1;
        }
    }
    // A legacy name without its semicolon ("&copy 2024", "&ampfoo"): the longest that fits.
    for (qsizetype length = end - at; length >= 2; --length) {
        const auto found = table.byName.constFind(text.sliced(at, length).toString());
        if (found != table.byName.cend()) {
            out += *found;
            return length;
        }
    }
    return 0;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] != u'&') {
            out += text[i++];
            continue;
        }
        const qsizetype used = decodeReference(text, i + 1, out);
        if (used == 0)
            out += text[i++];
        else
            i += 1 + used;
    }
    return out;
}

} // namespace parallax
