// Given names with the sex they usually go with (resources/analysis/given-names.txt), matched
// in any case form: "Светлана", "Олександра" (the genitive of Олександр or the name
// Олександра), "Chris". A given name before a capitalised word makes a person's name.
#pragma once

#include "analysis/phraseindex.h"
#include "analysis/textcontext.h"

#include <QList>
#include <QString>

namespace parallax::analysis {

struct GivenName
{
    QString name; // as listed: the nominative
    char sex = 0; // 'm', 'f' or 0 for either
};

class GivenNames final
{
public:
    static const GivenNames &bundled();

    // Every listed name the token can be a form of (empty when it is none).
    QList<GivenName> at(const TextContext &context, qsizetype token) const;
    bool isGivenName(const TextContext &context, qsizetype token) const
    {
        return !at(context, token).isEmpty();
    }

    // Built from the file's text: sections [male], [female] and [either], one name a line.
    static GivenNames parse(QStringView text);

private:
    QList<GivenName> m_names;
    PhraseIndex m_index;
};

} // namespace parallax::analysis
