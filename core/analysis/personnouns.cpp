#include "analysis/personnouns.h"

#include "analysis/phraseindex.h"
#include "analysis/textfold.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

constexpr int kPerson = 0;
constexpr int kSpokesperson = 1;

const PhraseIndex &personNouns()
{
    static const PhraseIndex index = [] {
        QFile file(u":/analysis/person-nouns.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the person noun list is missing from the build");
        PhraseIndex built;
        int section = kPerson;
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u'['))
                section = line == u"[spokesperson]" ? kSpokesperson : kPerson;
            else
                built.add(line.toString(), section);
        }
        return built;
    }();
    return index;
}

PhraseMatch nounAt(const TextContext &context, qsizetype token)
{
    if (token < 0 || token >= context.tokenCount() || context.isQuotedToken(token))
        return {};
    const QString &folded = context.foldedAt(token);
    if (folded.isEmpty() || !isCyrillic(folded.front().unicode()))
        return {};
    return personNouns().matchAt(context.text(), context.tokens(), context.keys(), token);
}

} // namespace

qsizetype personNounLength(const TextContext &context, qsizetype token)
{
    return nounAt(context, token).tokenCount;
}

bool isSpokespersonNoun(const TextContext &context, qsizetype token)
{
    const PhraseMatch match = nounAt(context, token);
    return match.tokenCount > 0 && match.payloads.contains(kSpokesperson);
}

} // namespace parallax::analysis
