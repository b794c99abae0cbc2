// The words of a quotation reduced to keys that survive rewording and translation: folded,
// stop words dropped, stems cut to a fixed length, and near-synonyms of news prose mapped to
// one concept ("forces"/"troops", "stop"/"cease", "прекратить"/"припинити").
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parallax::align {

struct KeyedWord
{
    qsizetype start = 0; // UTF-16 span of the word in the text
    qsizetype end = 0;
    QString key; // empty for a stop word
};

// Every word of text with its key; stop words keep an empty key.
QList<KeyedWord> keyedWords(QStringView text);

// The distinct content keys of text, sorted: the set that similarity compares.
QList<QString> statementKeys(QStringView text);

// The key of one folded word, or an empty string for a stop word.
QString wordKey(QStringView foldedWord);

} // namespace parallax::align
