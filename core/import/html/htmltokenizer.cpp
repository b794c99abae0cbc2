#include "import/html/htmltokenizer.h"

#include "import/html/htmlentities.h"

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

bool isRawTextElement(const QString &name)
{
    return name == "script"_L1 || name == "style"_L1 || name == "textarea"_L1 ||
           name == "title"_L1 || name == "xmp"_L1 || name == "noembed"_L1;
}

} // namespace

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
        const bool tagStart = c == u'<' && i + 1 < n &&
                              (html[i + 1].isLetter() || html[i + 1] == u'/' ||
                               html[i + 1] == u'!' || html[i + 1] == u'?');
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
            if (!attrName.isEmpty())
                token.attributes.insert(attrName, decodeHtmlEntities(value));
        }
        i = j < n ? j + 1 : n;
        const bool rawText = token.type == HtmlToken::Type::StartTag && !token.selfClosing &&
                             isRawTextElement(token.name);
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
