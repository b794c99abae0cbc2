// The people Parallax can name as speakers: the bundled registry (canonical names, spellings
// in Latin and Cyrillic script, dated roles, gender) with the library's own people on top,
// and the role nouns ("the Russian president", "глава МИД России") that stand for them.
#pragma once

#include "analysis/phraseindex.h"
#include "domain/registry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace parallax::analysis {

struct RegistryPerson
{
    QString name;
    char gender = 0; // 'm', 'f' or 0
    QList<PersonRole> roles;
    QStringList aliases;
    bool userDefined = false;
    QString organisation; // the organisation's type (organisations.tsv); empty for a person
};

class PeopleRegistry final
{
public:
    PeopleRegistry(QList<RegistryPerson> people, QList<QPair<QString, QStringList>> roleNouns,
                   QList<QPair<QString, QStringList>> organisationNouns = {});

    static std::shared_ptr<const PeopleRegistry> bundled();

    // A copy with the library's people merged in (same canonical name: aliases and roles
    // added; otherwise a new person).
    std::shared_ptr<const PeopleRegistry> withUserPeople(const QList<Person> &people) const;

    const QList<RegistryPerson> &people() const { return m_people; }
    const RegistryPerson &person(int index) const { return m_people.at(index); }
    int indexOf(const QString &name) const;

    // Full names, aliases and surnames; payload = person index.
    const PhraseIndex &names() const { return m_names; }
    // Role nouns; payload = role index.
    const PhraseIndex &roleNouns() const { return m_roleNouns; }
    const QString &roleKey(int role) const { return m_roleKeys.at(role); }
    // Nouns that stand for an organisation named earlier ("ведомство", "the ministry");
    // payload = index into organisationNounTypes.
    const PhraseIndex &organisationNouns() const { return m_organisationNouns; }
    // The organisation types a noun can stand for ("*" for any).
    const QStringList &organisationNounTypes(int noun) const
    {
        return m_organisationNounTypes.at(noun);
    }
    bool isOrganisation(int index) const { return !m_people.at(index).organisation.isEmpty(); }

    bool holds(int person, const QString &roleKey) const;
    // Who held the role on that date (today when the date is invalid), or -1.
    int holderOf(const QString &roleKey, QDate date) const;

private:
    void buildIndex();

    QList<RegistryPerson> m_people;
    QList<QPair<QString, QStringList>> m_roleSource;
    QList<QPair<QString, QStringList>> m_organisationNounSource;
    QStringList m_roleKeys;
    QList<QStringList> m_organisationNounTypes;
    PhraseIndex m_organisationNouns;
    PhraseIndex m_names;
    PhraseIndex m_roleNouns;
};

} // namespace parallax::analysis
