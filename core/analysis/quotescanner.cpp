#include "analysis/quotescanner.h"

#include "analysis/textfold.h"

#include <algorithm>

namespace parallax::analysis {

namespace {

// Two apostrophes standing for a double quotation mark, as in ''…'' (the New York Times
// style, and text typed on a keyboard without a double quote key). An internal code only.
constexpr char16_t kDoubledApostrophe = 0xE000;

struct OpenMark
{
    qsizetype position = 0;
    char16_t mark = 0;
    qsizetype paragraphStart = 0;
    qsizetype width = 1; // 2 for ''
};

bool isLetterOrDigit(char16_t c)
{
    return c != 0 && isWordChar(c);
}

bool isSpaceOrNone(char16_t c)
{
    return c == 0 || QChar(c).isSpace();
}

// After a closing mark: space, punctuation or the end; never a letter.
bool canClose(char16_t before, char16_t after)
{
    return !isSpaceOrNone(before) && !isLetterOrDigit(after);
}

// Before an opening mark: the start, space, an opening bracket, a dash or another mark.
bool canOpen(char16_t before, char16_t after)
{
    if (isSpaceOrNone(after))
        return false;
    if (before == 0 || QChar(before).isSpace())
        return true;
    return before == u'(' || before == u'[' || isDash(before) || before == u'/' || before == u':' ||
           before == u'«' || before == u'“' || before == u'„' || before == u'"' || before == u'‘' ||
           before == u'\'';
}

bool closes(char16_t open, char16_t close)
{
    switch (open) {
    case u'"':
        return close == u'"';
    case u'“':
        return close == u'”' || close == u'“';
    case u'„':
        return close == u'“' || close == u'”';
    case u'”':
        return close == u'”';
    case u'«':
        return close == u'»';
    case u'»':
        return close == u'«';
    case u'‹':
        return close == u'›';
    case u'‘':
        return close == u'’' || close == u'‘';
    case u'‚':
        return close == u'‘' || close == u'’';
    case u'\'':
        return close == u'\'';
    case kDoubledApostrophe:
        return close == kDoubledApostrophe;
    default:
        return false;
    }
}

bool isQuoteChar(char16_t c)
{
    switch (c) {
    case u'"':
    case u'“':
    case u'”':
    case u'„':
    case u'«':
    case u'»':
    case u'‹':
    case u'›':
    case u'‘':
    case u'’':
    case u'‚':
    case u'\'':
        return true;
    default:
        return false;
    }
}

bool isSingleFamily(char16_t c)
{
    return c == u'‘' || c == u'’' || c == u'‚' || c == u'\'' || c == u'‹' || c == u'›';
}

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    QList<QuotedSpan> run()
    {
        qsizetype start = 0;
        while (start < m_text.size()) {
            qsizetype end = m_text.indexOf(u'\n', start);
            if (end < 0)
                end = m_text.size();
            scanParagraph(start, end);
            start = end + 1;
        }
        closeAtEnd();
        std::sort(m_found.begin(), m_found.end(), [](const QuotedSpan &a, const QuotedSpan &b) {
            return a.marks.start < b.marks.start;
        });
        return m_found;
    }

private:
    char16_t at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i].unicode() : 0; }

    int findOpen(char16_t close) const
    {
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k)
            if (closes(m_stack.at(k).mark, close))
                return int(k);
        return -1;
    }

    void close(int stackIndex, qsizetype position, qsizetype width)
    {
        const OpenMark open = m_stack.at(stackIndex);
        m_stack.resize(stackIndex);
        const Span inner{open.position + open.width, position};
        bool hasWord = false;
        for (qsizetype i = inner.start; i < inner.end && !hasWord; ++i)
            hasWord = isLetterOrDigit(at(i));
        if (hasWord)
            m_found.append({inner, {open.position, position + width}, int(stackIndex), false});
    }

    bool doubledAt(qsizetype i) const { return at(i) == u'\'' && at(i + 1) == u'\''; }

    void handle(qsizetype i, qsizetype paragraphStart)
    {
        const qsizetype width = doubledAt(i) ? 2 : 1;
        const char16_t c = width == 2 ? kDoubledApostrophe : at(i);
        const char16_t before = at(i - 1);
        const char16_t after = at(i + width);
        const bool apostrophe = isLetterOrDigit(before) && isLetterOrDigit(after);
        if ((c == u'’' || c == u'\'' || c == u'‘') && apostrophe)
            return;

        // Marks that may close: the nearest open mark they pair with.
        if (c != u'„' && c != u'‚' && c != u'«' && c != u'‹') {
            const int open = findOpen(c);
            const bool ambiguous = c == u'"' || c == u'\'' || c == u'“' || c == u'‘' || c == u'”' ||
                                   c == kDoubledApostrophe;
            if (open >= 0 && (!ambiguous || canClose(before, after) ||
                              (m_stack.at(open).mark == u'„' && c == u'“'))) {
                close(open, i, width);
                return;
            }
            if (c == u'»' || c == u'›' || c == u'’')
                return;
        }
        if (canOpen(before, after) || c == u'«' || c == u'„' || c == u'‹')
            m_stack.append({i, c, paragraphStart, width});
    }

    void scanParagraph(qsizetype start, qsizetype end)
    {
        // A quotation running on: the next paragraph opens with the same mark.
        qsizetype first = start;
        while (first < end && QChar(at(first)).isSpace())
            ++first;
        if (first == end) // a blank line between paragraphs
            return;
        bool continued = false;
        const char16_t opening = doubledAt(first) ? kDoubledApostrophe : at(first);
        if (!m_stack.isEmpty() && first < end && opening == m_stack.front().mark) {
            m_stack.resize(1);
            continued = true;
        } else {
            m_stack.clear();
        }
        for (qsizetype i = continued ? first + m_stack.front().width : start; i < end; ++i) {
            if (isQuoteChar(at(i))) {
                handle(i, start);
                if (doubledAt(i))
                    ++i; // both apostrophes were one mark
            }
        }
        // Only a double quotation may run on into the next paragraph.
        while (!m_stack.isEmpty() && isSingleFamily(m_stack.front().mark))
            m_stack.removeFirst();
        if (!m_stack.isEmpty())
            m_pendingEnd = end;
    }

    void closeAtEnd()
    {
        if (m_stack.isEmpty())
            return;
        // Cut off by the end of the text: nothing but white space follows the paragraph.
        for (qsizetype i = m_pendingEnd; i < m_text.size(); ++i)
            if (!QChar(at(i)).isSpace())
                return;
        const OpenMark open = m_stack.front();
        qsizetype end = m_pendingEnd;
        while (end > open.position + open.width && QChar(at(end - 1)).isSpace())
            --end;
        if (end > open.position + open.width)
            m_found.append({{open.position + open.width, end}, {open.position, end}, 0, true});
    }

    QStringView m_text;
    QList<OpenMark> m_stack;
    QList<QuotedSpan> m_found;
    qsizetype m_pendingEnd = 0;
};

} // namespace

QList<QuotedSpan> scanQuotations(QStringView text)
{
    return Scanner(text).run();
}

} // namespace parallax::analysis
