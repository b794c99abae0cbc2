// One key for a personal name whatever its script and romanisation, so that "Дмитрий Песков",
// "Dmitry Peskov" and "Dmitriy Peskov", or "Денис Шмигаль", "Денис Шмыгаль" and "Denys
// Shmyhal", are known as one person. The name is transliterated to Latin with ICU (the
// Russian or Ukrainian BGN/PCGN system English news follows, then Any-Latin and Latin-ASCII),
// and the spellings that romanisation systems disagree on are folded together: shch, sh, ch,
// zh, kh/h/g, ts/c, y/i/j, doubled letters, soft signs and apostrophes.
// The key is loose on purpose and is compared only between whole names (given name and
// surname), never a surname alone.
#pragma once

#include <QString>
#include <QStringView>

namespace parallax::analysis {

QString nameIdentityKey(QStringView name);

// Whether the key has at least two words: only such keys identify a person across articles.
bool isWholeNameKey(const QString &key);

} // namespace parallax::analysis
