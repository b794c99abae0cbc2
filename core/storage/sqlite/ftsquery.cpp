#include "storage/sqlite/ftsquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

struct Term
{
    QString text;
    bool phrase = false;
    bool prefix = false;
    bool excluded = false;
    bool isOr = false;
};

QList<Term> tokenize(const QString &input)
{
    QList<Term> terms;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        while (i < n && input[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Term term;
        if (input[i] == u'-' && i + 1 < n && !input[i + 1].isSpace()) {
            term.excluded = true;
            ++i;
        }
        if (input[i] == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = input.mid(i + 1, end - i - 1).trimmed();
            term.phrase = true;
            i = close < 0 ? n : close + 1;
        } else {
            const qsizetype start = i;
            while (i < n && !input[i].isSpace())
                ++i;
            term.text = input.mid(start, i - start);
            if (!term.excluded && term.text == "OR"_L1) {
                term.isOr = true;
            } else if (term.text.endsWith(u'*')) {
                term.prefix = true;
                while (term.text.endsWith(u'*'))
                    term.text.chop(1);
            }
        }
        const bool hasWordChar = std::any_of(term.text.cbegin(), term.text.cend(),
                                             [](QChar c) { return c.isLetterOrNumber(); });
        if (term.isOr || hasWordChar)
            terms.append(term);
    }
    return terms;
}

QString quoted(const Term &term)
{
    QString escaped = term.text;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"' + (term.prefix ? u"*"_s : QString());
}

} // namespace

QString ftsMatchExpression(const QString &userInput)
{
    const QList<Term> terms = tokenize(userInput);
    QStringList positive;
    QStringList negative;
    bool pendingOr = false;
    for (const Term &term : terms) {
        if (term.isOr) {
            pendingOr = !positive.isEmpty();
            continue;
        }
        if (term.excluded) {
            negative.append(quoted(term));
            continue;
        }
        if (pendingOr && !positive.isEmpty())
            positive.last() = u"(%1 OR %2)"_s.arg(positive.last(), quoted(term));
        else
            positive.append(quoted(term));
        pendingOr = false;
    }
    // FTS5's NOT is binary, so exclusions only make sense after something to match.
    if (positive.isEmpty())
        return {};
    QString expression = positive.join(u" AND "_s);
    for (const QString &term : std::as_const(negative))
        expression = u"(%1) NOT %2"_s.arg(expression, term);
    return expression;
}

} // namespace parallax
