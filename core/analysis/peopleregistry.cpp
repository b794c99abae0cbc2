#include "analysis/peopleregistry.h"

#include "analysis/textfold.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

QList<QStringList> readTable(const QString &path, int columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("a bundled registry file is missing from the build");
    QList<QStringList> rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList row = line.split(u'\t');
        if (row.size() == columns)
            rows.append(row);
    }
    return rows;
}

QList<PersonRole> parseRoles(const QString &column)
{
    QList<PersonRole> roles;
    for (const QString &item : column.split(u';', Qt::SkipEmptyParts)) {
        const QString role = item.section(u'@', 0, 0).trimmed();
        if (role.isEmpty() || role == u"-"_s)
            continue;
        const QString dates = item.section(u'@', 1);
        roles.append({role, dates.section(u'/', 0, 0), dates.section(u'/', 1)});
    }
    return roles;
}

// A surname alone names its person once the full name is known: "Putin", "Zelenskyy".
QString surnameOf(const QString &fullName)
{
    const QStringList parts = fullName.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    const QString last = parts.last();
    if (last.size() < 3 || !last.front().isUpper() || last.endsWith(u'.'))
        return {};
    return last;
}

bool coversDate(const PersonRole &role, QDate date)
{
    const QDate since = QDate::fromString(role.since, Qt::ISODate);
    const QDate until = QDate::fromString(role.until, Qt::ISODate);
    return (!since.isValid() || since <= date) && (!until.isValid() || date < until);
}

} // namespace

PeopleRegistry::PeopleRegistry(QList<RegistryPerson> people,
                               QList<QPair<QString, QStringList>> roleNouns,
                               QList<QPair<QString, QStringList>> organisationNouns)
    : m_people(std::move(people)), m_roleSource(std::move(roleNouns)),
      m_organisationNounSource(std::move(organisationNouns))
{
    buildIndex();
}

std::shared_ptr<const PeopleRegistry> PeopleRegistry::bundled()
{
    static const std::shared_ptr<const PeopleRegistry> instance = [] {
        QList<RegistryPerson> people;
        for (const QStringList &row : readTable(u":/registry/people.tsv"_s, 4)) {
            RegistryPerson person;
            person.name = row.at(0).trimmed();
            person.gender = row.at(1) == u"m"_s ? 'm' : row.at(1) == u"f"_s ? 'f' : 0;
            person.roles = parseRoles(row.at(2));
            for (const QString &alias : row.at(3).split(u';', Qt::SkipEmptyParts))
                if (!person.aliases.contains(alias.trimmed()))
                    person.aliases.append(alias.trimmed());
            people.append(person);
        }
        for (const QStringList &row : readTable(u":/registry/organisations.tsv"_s, 3)) {
            RegistryPerson organisation;
            organisation.name = row.at(0).trimmed();
            organisation.organisation = row.at(1).trimmed();
            for (const QString &alias : row.at(2).split(u';', Qt::SkipEmptyParts))
                if (!organisation.aliases.contains(alias.trimmed()))
                    organisation.aliases.append(alias.trimmed());
            people.append(organisation);
        }
        QList<QPair<QString, QStringList>> roles;
        for (const QStringList &row : readTable(u":/registry/roles.tsv"_s, 2))
            roles.append({row.at(0).trimmed(), row.at(1).split(u';', Qt::SkipEmptyParts)});
        QList<QPair<QString, QStringList>> organisationNouns;
        for (const QStringList &row : readTable(u":/registry/organisation-nouns.tsv"_s, 2))
            organisationNouns.append(
                {row.at(0).trimmed(), row.at(1).split(u';', Qt::SkipEmptyParts)});
        return std::make_shared<const PeopleRegistry>(std::move(people), std::move(roles),
                                                      std::move(organisationNouns));
    }();
    return instance;
}

std::shared_ptr<const PeopleRegistry>
PeopleRegistry::withUserPeople(const QList<Person> &people) const
{
    QList<RegistryPerson> merged = m_people;
    for (const Person &user : people) {
        const int existing = indexOf(user.name);
        RegistryPerson *target = nullptr;
        if (existing >= 0) {
            target = &merged[existing];
        } else {
            merged.append(RegistryPerson{user.name,
                                         0,
                                         {},
                                         {},
                                         true,
                                         user.kind == SpeakerKind::Organisation ? u"organisation"_s
                                                                                : QString()});
            target = &merged.last();
        }
        target->userDefined = true;
        for (const QString &alias : user.aliases)
            if (!target->aliases.contains(alias))
                target->aliases.append(alias);
        for (const PersonRole &role : user.roles)
            target->roles.append(role);
    }
    return std::make_shared<const PeopleRegistry>(std::move(merged), m_roleSource,
                                                  m_organisationNounSource);
}

int PeopleRegistry::indexOf(const QString &name) const
{
    for (int i = 0; i < m_people.size(); ++i)
        if (m_people.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void PeopleRegistry::buildIndex()
{
    // User people first, so a name the user gives wins where the phrase index returns several.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_people.size(); ++i) {
            const RegistryPerson &person = m_people.at(i);
            if (person.userDefined != (pass == 0))
                continue;
            // An organisation is named in full or by an alias; its last word names nothing.
            const bool isPerson = person.organisation.isEmpty();
            m_names.add(person.name, i);
            const QString surname = isPerson ? surnameOf(person.name) : QString();
            if (!surname.isEmpty())
                m_names.add(surname, i);
            for (const QString &alias : person.aliases) {
                m_names.add(alias, i);
                const QString aliasSurname = isPerson ? surnameOf(alias) : QString();
                if (!aliasSurname.isEmpty())
                    m_names.add(aliasSurname, i);
            }
        }
    }
    for (const auto &[key, phrases] : std::as_const(m_roleSource)) {
        const int index = int(m_roleKeys.size());
        m_roleKeys.append(key);
        for (const QString &phrase : phrases)
            m_roleNouns.add(phrase.trimmed(), index);
    }
    for (const auto &[noun, types] : std::as_const(m_organisationNounSource)) {
        m_organisationNouns.add(noun, int(m_organisationNounTypes.size()));
        m_organisationNounTypes.append(types);
    }
}

bool PeopleRegistry::holds(int person, const QString &roleKey) const
{
    for (const PersonRole &role : m_people.at(person).roles)
        if (role.role == roleKey)
            return true;
    return false;
}

int PeopleRegistry::holderOf(const QString &roleKey, QDate date) const
{
    const QDate when = date.isValid() ? date : QDate::currentDate();
    for (int i = 0; i < m_people.size(); ++i)
        for (const PersonRole &role : m_people.at(i).roles)
            if (role.role == roleKey && coversDate(role, when))
                return i;
    return -1;
}

} // namespace parallax::analysis
