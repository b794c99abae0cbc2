#include "align/worddiff.h"

#include "align/statementkey.h"
#include "analysis/textfold.h"

namespace parallax::align {

namespace {

struct Word
{
    QStringView surface;
    QString key; // the statement key, or the folded word for a stop word
};

QList<Word> words(QStringView text)
{
    QList<Word> out;
    for (const KeyedWord &w : keyedWords(text)) {
        const QStringView surface = text.sliced(w.start, w.end - w.start);
        out.append({surface, w.key.isEmpty() ? u'=' + analysis::foldText(surface) : w.key});
    }
    return out;
}

void append(QList<DiffRun> &runs, DiffRun::Kind kind, QStringView left, QStringView right)
{
    if (runs.isEmpty() || runs.constLast().kind != kind) {
        runs.append({kind, left.toString(), right.toString()});
        return;
    }
    DiffRun &run = runs.last();
    auto join = [](QString &into, QStringView word) {
        if (word.isEmpty())
            return;
        if (!into.isEmpty())
            into += u' ';
        into += word;
    };
    join(run.left, left);
    join(run.right, right);
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
    auto at = [&table, m](qsizetype i, qsizetype j) -> int & { return table[i * (m + 1) + j]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i).key == b.at(j).key ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    QList<DiffRun> runs;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).key == b.at(j).key) {
            append(runs, DiffRun::Kind::Same, a.at(i).surface, b.at(j).surface);
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
            append(runs, DiffRun::Kind::RightOnly, {}, b.at(j).surface);
            ++j;
        } else {
            append(runs, DiffRun::Kind::LeftOnly, a.at(i).surface, {});
            ++i;
        }
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
