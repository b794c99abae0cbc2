#include "align/worddiff.h"

#include "align/statementkey.h"
#include "analysis/textfold.h"

namespace parallax::align {

namespace {

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString key; // the statement key, or the folded word for a stop word
};

QList<Word> words(QStringView text)
{
    QList<Word> out;
    for (const KeyedWord &w : keyedWords(text)) {
        const QStringView surface = text.sliced(w.start, w.end - w.start);
        out.append({w.start, w.end, w.key.isEmpty() ? u'=' + analysis::foldText(surface) : w.key});
    }
    return out;
}

// A run under construction: the spans it covers on each side, so its text keeps the
// punctuation between its words ("We’re", "forces, then").
struct OpenRun
{
    DiffRun::Kind kind;
    qsizetype leftStart = -1;
    qsizetype leftEnd = -1;
    qsizetype rightStart = -1;
    qsizetype rightEnd = -1;
};

void extend(qsizetype &start, qsizetype &end, const Word &word)
{
    if (start < 0)
        start = word.start;
    end = word.end;
}

void append(QList<OpenRun> &runs, DiffRun::Kind kind, const Word *left, const Word *right)
{
    if (runs.isEmpty() || runs.constLast().kind != kind)
        runs.append({kind});
    OpenRun &run = runs.last();
    if (left)
        extend(run.leftStart, run.leftEnd, *left);
    if (right)
        extend(run.rightStart, run.rightEnd, *right);
}

} // namespace

QList<DiffRun> diffWords(QStringView left, QStringView right)
{
    const QList<Word> a = words(left);
    const QList<Word> b = words(right);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Longest common subsequence over keys; quotations are short, so the full table is cheap.
    QList<int> table((n + 1) * (m + 1), 0);
    auto at = [&table, m](qsizetype i, qsizetype j) -> int & {
        return table[i * (m + 1) + j];
    };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i).key == b.at(j).key ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    QList<OpenRun> open;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).key == b.at(j).key) {
            append(open, DiffRun::Kind::Same, &a.at(i), &b.at(j));
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            append(open, DiffRun::Kind::RightOnly, nullptr, &b.at(j));
            ++j;
        } else {
            append(open, DiffRun::Kind::LeftOnly, &a.at(i), nullptr);
            ++i;
        }
    }
    QList<DiffRun> runs;
    for (const OpenRun &run : open) {
        DiffRun out{run.kind, {}, {}};
        if (run.leftStart >= 0)
            out.left = left.sliced(run.leftStart, run.leftEnd - run.leftStart).toString();
        if (run.rightStart >= 0)
            out.right = right.sliced(run.rightStart, run.rightEnd - run.rightStart).toString();
        runs.append(out);
    }
    return runs;
}

double sameWordShare(const QList<DiffRun> &runs)
{
    qsizetype same = 0;
    qsizetype total = 0;
    for (const DiffRun &run : runs) {
        const qsizetype left = run.left.isEmpty() ? 0 : run.left.count(u' ') + 1;
        const qsizetype right = run.right.isEmpty() ? 0 : run.right.count(u' ') + 1;
        total += left + right;
        if (run.kind == DiffRun::Kind::Same)
            same += left + right;
    }
    return total == 0 ? 1.0 : double(same) / double(total);
}

} // namespace parallax::align
