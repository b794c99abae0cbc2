// Value types for the user-editable registries of people and places.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parallax {

enum class Origin
{
    Bundled,
    User
};

struct PersonRole
{
    QString role;  // e.g. "President of Russia"
    QString since; // ISO date, may be empty
    QString until; // ISO date, may be empty
};

// Speakers are people and the organisations the news credits with words ("the Kremlin said",
// "повідомили у НБУ"); both live in one registry and are shown alike.
enum class SpeakerKind
{
    Person,
    Organisation
};

struct Person
{
    qint64 id = 0;
    QString name; // canonical full name
    QStringList aliases;
    QList<PersonRole> roles;
    QString description;
    Origin origin = Origin::User;
    SpeakerKind kind = SpeakerKind::Person;
};

enum class PlaceKind
{
    Country,
    Region,
    City,
    Other
};

struct Place
{
    qint64 id = 0;
    QString name; // canonical English name
    PlaceKind kind = PlaceKind::Other;
    std::optional<qint64> parentId;
    QStringList aliases;
    Origin origin = Origin::User;
};

QString storedName(PlaceKind kind);
std::optional<PlaceKind> placeKindFromString(const QString &text);
QString storedName(Origin origin);
QString storedName(SpeakerKind kind);
SpeakerKind speakerKindFromString(const QString &text);
Origin originFromString(const QString &text);

} // namespace parallax
