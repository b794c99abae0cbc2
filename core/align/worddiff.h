// A word-level comparison of two wordings of one statement, for showing how outlets differ.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax::align {

struct DiffRun
{
    enum class Kind
    {
        Same,
        LeftOnly,
        RightOnly
    };
    Kind kind = Kind::Same;
    QString left;  // the words as the left text has them (empty for RightOnly)
    QString right; // the words as the right text has them (empty for LeftOnly)
};

// Runs in reading order. Words count as the same when their statement keys match, so
// "troops"/"forces" or "withdraw"/"withdrawal" are Same while their spelling is kept on each
// side; stop words must match exactly.
QList<DiffRun> diffWords(QStringView left, QStringView right);

// The share of words (both sides counted) that are Same: 1 for identical wordings.
double sameWordShare(const QList<DiffRun> &runs);

} // namespace parallax::align
