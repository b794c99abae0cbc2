#include "import/htmltokenizer.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr std::array<std::pair<std::u16string_view, char32_t>, 48> kNamedEntities{{
    {u"amp", U'&'},      {u"lt", U'<'},       {u"gt", U'>'},       {u"quot", U'"'},
    {u"apos", U'\''},    {u"nbsp", 0xA0},     {u"ndash", 0x2013},  {u"mdash", 0x2014},
    {u"hellip", 0x2026}, {u"laquo", 0xAB},    {u"raquo", 0xBB},    {u"lsquo", 0x2018},
    {u"rsquo", 0x2019},  {u"ldquo", 0x201C},  {u"rdquo", 0x201D},  {u"sbquo", 0x201A},
    {u"bdquo", 0x201E},  {u"lsaquo", 0x2039}, {u"rsaquo", 0x203A}, {u"prime", 0x2032},
    {u"copy", 0xA9},     {u"reg", 0xAE},      {u"trade", 0x2122},  {u"deg", 0xB0},
    {u"middot", 0xB7},   {u"bull", 0x2022},   {u"shy", 0xAD},      {u"times", 0xD7},
    {u"minus", 0x2212},  {u"euro", 0x20AC},   {u"pound", 0xA3},    {u"sect", 0xA7},
    {u"para", 0xB6},     {u"thinsp", 0x2009}, {u"ensp", 0x2002},   {u"emsp", 0x2003},
    {u"zwj", 0x200D},    {u"zwnj", 0x200C},   {u"eacute", 0xE9},   {u"egrave", 0xE8},
    {u"aacute", 0xE1},   {u"agrave", 0xE0},   {u"oacute", 0xF3},   {u"uuml", 0xFC},
    {u"ouml", 0xF6},     {u"auml", 0xE4},     {u"szlig", 0xDF},    {u"ccedil", 0xE7},
}};

bool isRawTextElement(const QString &name)
{
    return name == "script"_L1 || name == "style"_L1 || name == "textarea"_L1
           || name == "title"_L1 || name == "xmp"_L1 || name == "noembed"_L1;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    const char32_t one[1] = {cp};
    out.append(QString::fromUcs4(one, 1));
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'&') {
            out.append(text[i++]);
            continue;
        }
        const qsizetype semicolon = text.indexOf(u';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out.append(text[i++]);
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (name.startsWith(u'#') && name.size() > 1) {
            const bool hex = name[1] == u'x' || name[1] == u'X';
            bool ok = false;
            const uint cp = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok) {
                appendCodePoint(out, cp);
                decoded = true;
            }
        } else {
            for (const auto &[entity, cp] : kNamedEntities) {
                if (name == QStringView(entity.data(), qsizetype(entity.size()))) {
                    appendCodePoint(out, cp);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded) {
            i = semicolon + 1;
        } else {
            out.append(text[i++]);
        }
    }
    return out;
}

QList<HtmlToken> tokenizeHtml(const QString &html)
{
    QList<HtmlToken> tokens;
    const qsizetype n = html.size();
    qsizetype i = 0;
    QString pendingText;
    const auto flushText = [&] {
        if (pendingText.isEmpty())
            return;
        HtmlToken token;
        token.text = decodeHtmlEntities(pendingText);
        tokens.append(std::move(token));
        pendingText.clear();
    };

    while (i < n) {
        const QChar c = html[i];
        const bool tagStart = c == u'<' && i + 1 < n
                              && (html[i + 1].isLetter() || html[i + 1] == u'/'
                                  || html[i + 1] == u'!' || html[i + 1] == u'?');
        if (!tagStart) {
            pendingText.append(c);
            ++i;
            continue;
        }
        flushText();
        if (html.mid(i, 4) == "<!--"_L1) {
            const qsizetype end = html.indexOf("-->"_L1, i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (html[i + 1] == u'!' || html[i + 1] == u'?') {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        HtmlToken token;
        qsizetype j = i + 1;
        if (html[j] == u'/') {
            token.type = HtmlToken::Type::EndTag;
            ++j;
        } else {
            token.type = HtmlToken::Type::StartTag;
        }
        const qsizetype nameStart = j;
        while (j < n && !html[j].isSpace() && html[j] != u'>' && html[j] != u'/')
            ++j;
        token.name = html.mid(nameStart, j - nameStart).toLower();
        // Attributes: name, name=value, name="value", name='value'.
        while (j < n && html[j] != u'>') {
            if (html[j].isSpace() || html[j] == u'/') {
                token.selfClosing = html[j] == u'/';
                ++j;
                continue;
            }
            const qsizetype attrStart = j;
            while (j < n && !html[j].isSpace() && html[j] != u'=' && html[j] != u'>')
                ++j;
            const QString attrName = html.mid(attrStart, j - attrStart).toLower();
            QString value;
            while (j < n && html[j].isSpace())
                ++j;
            if (j < n && html[j] == u'=') {
                ++j;
                while (j < n && html[j].isSpace())
                    ++j;
                if (j < n && (html[j] == u'"' || html[j] == u'\'')) {
                    const QChar quote = html[j];
                    const qsizetype close = html.indexOf(quote, j + 1);
                    const qsizetype end = close < 0 ? n : close;
                    value = html.mid(j + 1, end - j - 1);
                    j = close < 0 ? n : close + 1;
                } else {
                    const qsizetype valueStart = j;
                    while (j < n && !html[j].isSpace() && html[j] != u'>')
                        ++j;
                    value = html.mid(valueStart, j - valueStart);
                }
            }
            if (!attrName.isEmpty() && !token.attributes.contains(attrName))
                token.attributes.insert(attrName, decodeHtmlEntities(value));
        }
        i = j < n ? j + 1 : n;
        const bool rawText = token.type == HtmlToken::Type::StartTag && !token.selfClosing
                             && isRawTextElement(token.name);
        const QString rawName = token.name;
        tokens.append(std::move(token));
        if (rawText) {
            const qsizetype close = html.indexOf(u"</"_s + rawName, i, Qt::CaseInsensitive);
            const qsizetype end = close < 0 ? n : close;
            HtmlToken content;
            const QStringView raw = QStringView(html).mid(i, end - i);
            content.text = rawName == "title"_L1 || rawName == "textarea"_L1
                               ? decodeHtmlEntities(raw)
                               : raw.toString();
            content.name = rawName; // marks the text as the content of this raw element
            tokens.append(std::move(content));
            HtmlToken endTag;
            endTag.type = HtmlToken::Type::EndTag;
            endTag.name = rawName;
            tokens.append(std::move(endTag));
            const qsizetype gt = close < 0 ? n : html.indexOf(u'>', close);
            i = gt < 0 ? n : gt + 1;
        }
    }
    flushText();
    return tokens;
}

} // namespace parallax
