// Words in narrative text that can credit a quotation: registry names, other people's names,
// role nouns ("the Russian president"), pronouns and groups ("officials", "the Kremlin").
// Each is resolved to a person the way a reader would: surnames to the full name used in
// the article, pronouns and role nouns to the nearest fitting person named before them.
#pragma once

#include "analysis/peopleregistry.h"
#include "analysis/textcontext.h"

#include <QDate>
#include <QHash>
#include <functional>

namespace parallax::analysis {

// PersonNoun: a Russian or Ukrainian noun for a person with its complement ("глава региона",
// "эксперта"), standing for the person named last before it; an unnamed spokesperson
// ("представитель министерства") stands for the organisation. OrgNoun: a noun standing for
// an organisation named earlier ("в ведомстве", "пишет издание", "the ministry").
// A Name with a registry index may be an organisation ("НБУ", "the Kremlin").
enum class MentionKind
{
    Name,
    Role,
    Pronoun,
    Group,
    PersonNoun,
    OrgNoun
};

struct PersonMention
{
    qsizetype firstToken = 0;
    qsizetype lastToken = 0;
    MentionKind kind = MentionKind::Name;
    int person =
        -1; // registry index, for a known name (or the organisation a spokesperson speaks for)
    int role = -1; // role noun index (organisation noun index for OrgNoun and a spokesperson);
                   // -1 for a bare title such as "the president"
    QString title; // the bare title word ("president")
    char gender = 0;
    QString name; // a name not in the registry, in the nominative ("Олександр Ткаченко")
};

struct ResolvedSpeaker
{
    QString name;       // empty for a group or when it cannot be resolved
    bool known = false; // in the registry
    double confidence = 0.0;
};

class PersonMentions final
{
public:
    PersonMentions(const TextContext &context, const PeopleRegistry &registry,
                   const QList<Span> &placeSpans, QDate articleDate);

    // The mention that ends at / starts at a token, if any.
    const PersonMention *endingAt(qsizetype token) const;
    const PersonMention *startingAt(qsizetype token) const;
    // A word the place finder took as (part of) a place name: "Russia said" is a group.
    bool isPlaceToken(qsizetype token) const
    {
        return token >= 0 && token < m_placeToken.size() && m_placeToken.at(token);
    }

    ResolvedSpeaker resolve(const PersonMention &mention) const;
    // A registry name that is an organisation's ("НБУ", "the Kremlin").
    bool isOrganisation(const PersonMention &mention) const;
    Span span(const PersonMention &mention) const;

    // The nearest person mention before token in the same sentence, skipping quotations.
    const PersonMention *nearestBefore(qsizetype token, qsizetype sentenceStartToken) const;

private:
    void findRegistryAndRoleMentions(const QList<Span> &placeSpans);
    void add(const PersonMention &mention);
    bool isNameToken(qsizetype token) const;
    bool isInitial(qsizetype token) const;
    bool continuesName(qsizetype last) const;
    bool appositionThenVerb(qsizetype last) const;
    bool nameFollows(qsizetype token) const;
    qsizetype quotedOrganisationAt(qsizetype token) const;
    void addName(qsizetype first, qsizetype last);
    qsizetype personNounEnd(qsizetype noun, qsizetype nounEnd) const;
    void addPersonNoun(qsizetype first, qsizetype nounEnd);
    bool addOrganisationNoun(qsizetype token);
    ResolvedSpeaker organisationNamedBefore(qsizetype beforeToken, int noun) const;
    QString fullestForm(const PersonMention &mention) const;
    QString nameText(const PersonMention &mention) const;
    const PersonMention *antecedent(qsizetype beforeToken, char gender,
                                    const std::function<bool(const PersonMention &)> &fits,
                                    qsizetype maxDistance = -1) const;

    const TextContext &m_context;
    const PeopleRegistry &m_registry;
    QDate m_date;
    QList<PersonMention> m_mentions; // in text order
    QHash<qsizetype, int> m_byEnd;
    QHash<qsizetype, int> m_byStart;
    QList<bool> m_placeToken;
};

} // namespace parallax::analysis
