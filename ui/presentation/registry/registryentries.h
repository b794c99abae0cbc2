// What the person and place choosers offer: the library's people and places, and for places
// also the bundled gazetteer's entries that no article has named yet.
#pragma once

#include "domain/registry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parallax {

class Database;

struct RegistryEntry
{
    qint64 id = 0; // 0 for a gazetteer entry not yet in the library
    QString name;
    QStringList aliases;
    PlaceKind kind = PlaceKind::Other; // places only
    QString detail;                    // the kind and parent of a place, a person's description
    bool fromGazetteer = false;

    // Whether the entry's name or one of its aliases contains text, ignoring case and accents.
    bool matches(const QString &text) const { return matchRank(text) >= 0; }
    // How well text names the entry: 0 a whole name or alias, 1 the start of one of its words, 2
    // inside one, -1 not at all. Empty text matches everything at rank 2.
    int matchRank(const QString &text) const;
};

QList<RegistryEntry> personEntries(const Database &library);
QList<RegistryEntry> placeEntries(const Database &library);

} // namespace parallax
