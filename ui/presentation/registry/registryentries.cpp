#include "registry/registryentries.h"

#include "analysis/gazetteer.h"
#include "storage/personstore.h"
#include "storage/placestore.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Lower case without diacritics, so "kyiv" finds "Kyïv" and "киев" finds "Киев".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    return out;
}

QString kindLabel(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return QCoreApplication::translate("RegistryEntry", "country");
    case PlaceKind::Region:
        return QCoreApplication::translate("RegistryEntry", "region");
    case PlaceKind::City:
        return QCoreApplication::translate("RegistryEntry", "city");
    case PlaceKind::Other:
        break;
    }
    return QCoreApplication::translate("RegistryEntry", "place");
}

QString placeDetail(PlaceKind kind, const QString &parent)
{
    return parent.isEmpty() ? kindLabel(kind) : u"%1, %2"_s.arg(kindLabel(kind), parent);
}

void sortByName(QList<RegistryEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RegistryEntry &a, const RegistryEntry &b) {
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
}

} // namespace

int RegistryEntry::matchRank(const QString &text) const
{
    const QString wanted = folded(text.simplified());
    if (wanted.isEmpty())
        return 2;
    int best = -1;
    auto rank = [&wanted, &best](const QString &spelling) {
        const QString f = folded(spelling);
        const bool wordStart =
            f.startsWith(wanted) || f.contains(u' ' + wanted) || f.contains(u'-' + wanted);
        const int r = f == wanted ? 0 : wordStart ? 1 : f.contains(wanted) ? 2 : -1;
        if (r >= 0 && (best < 0 || r < best))
            best = r;
    };
    rank(name);
    for (const QString &alias : aliases)
        rank(alias);
    return best;
}

QList<RegistryEntry> personEntries(const Database &library)
{
    QList<RegistryEntry> entries;
    auto people = PersonStore(library).list();
    if (!people)
        return entries;
    for (const Person &person : std::as_const(*people)) {
        QString detail = person.description;
        if (detail.isEmpty() && !person.roles.isEmpty())
            detail = person.roles.constLast().role;
        if (detail.isEmpty() && person.kind == SpeakerKind::Organisation)
            detail = QObject::tr("organisation");
        entries.append({person.id, person.name, person.aliases, PlaceKind::Other, detail, false});
    }
    sortByName(entries);
    return entries;
}

QList<RegistryEntry> placeEntries(const Database &library)
{
    QList<RegistryEntry> entries;
    auto places = PlaceStore(library).list();
    if (!places)
        return entries;
    QHash<qint64, QString> names;
    QSet<QString> known;
    for (const Place &place : std::as_const(*places)) {
        names.insert(place.id, place.name);
        known.insert(storedName(place.kind) + u'|' + place.name);
    }
    for (const Place &place : std::as_const(*places))
        entries.append(
            {place.id, place.name, place.aliases, place.kind,
             placeDetail(place.kind, place.parentId ? names.value(*place.parentId) : QString()),
             false});
    for (const analysis::GazetteerPlace &place : analysis::Gazetteer::bundled()->places()) {
        if (known.contains(storedName(place.kind) + u'|' + place.name))
            continue;
        entries.append({0, place.name, place.aliases, place.kind,
                        placeDetail(place.kind, place.parent), true});
    }
    sortByName(entries);
    return entries;
}

} // namespace parallax
