#include "analysis/gazetteer.h"

#include "analysis/textfold.h"

#include <QFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

int kindRank(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country:
        return 0;
    case PlaceKind::City:
        return 1;
    case PlaceKind::Region:
        return 2;
    case PlaceKind::Other:
        return 3;
    }
    return 4;
}

struct Bundled
{
    QList<GazetteerPlace> places;
    QStringList everydayNames;
};

// The table gazetteer-compile writes (see its writeTable): P lines for places, W lines for
// names made of everyday words.
Bundled loadBundled()
{
    QFile file(u":/gazetteer/gazetteer.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the bundled gazetteer is missing from the build");
    const QString table = QString::fromUtf8(file.readAll());
    Bundled bundled;
    bundled.places.reserve(40000);
    // Split by hand: QStringView::split allocates a list per line, which dominated the load.
    const QStringView all(table);
    QStringView fields[11];
    QString lastParent;
    QString lastCountry;
    for (qsizetype at = 0; at < all.size();) {
        qsizetype end = all.indexOf(u'\n', at);
        if (end < 0)
            end = all.size();
        const QStringView line = all.sliced(at, end - at);
        at = end + 1;
        if (line.startsWith(u"W\t")) {
            bundled.everydayNames.append(line.mid(2).toString());
            continue;
        }
        if (!line.startsWith(u"P\t"))
            continue;
        int count = 0;
        for (qsizetype from = 2; count < 11;) {
            const qsizetype tab = line.indexOf(u'\t', from);
            fields[count++] = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
            if (tab < 0)
                break;
            from = tab + 1;
        }
        if (count < 10)
            continue;
        GazetteerPlace place;
        place.name = fields[0].toString();
        place.kind = placeKindFromString(fields[1].toString()).value_or(PlaceKind::Other);
        // The table lists places country by country: share the parent's and the country's
        // name with the place before instead of allocating them again.
        if (fields[2] != lastParent)
            lastParent = fields[2].toString();
        if (fields[3] != lastCountry)
            lastCountry = fields[3].toString();
        place.parent = lastParent;
        place.country = lastCountry;
        place.capital = fields[4].contains(u'c');
        place.curated = fields[4].contains(u'h');
        place.seat = fields[5].toString();
        if (!fields[6].isEmpty()) {
            place.hasCoordinates = true;
            // Ten-thousandths of a degree: integers parse far faster than decimals.
            place.latitude = fields[6].toInt() / 10000.0;
            place.longitude = fields[7].toInt() / 10000.0;
        }
        place.population = fields[8].toLongLong();
        if (count > 9) {
            for (qsizetype from = 0; from < fields[9].size();) {
                qsizetype semicolon = fields[9].indexOf(u';', from);
                if (semicolon < 0)
                    semicolon = fields[9].size();
                if (semicolon > from)
                    place.aliases.append(fields[9].sliced(from, semicolon - from).toString());
                from = semicolon + 1;
            }
        }
        bundled.places.append(std::move(place));
    }
    return bundled;
}

} // namespace

Gazetteer::Gazetteer(QList<GazetteerPlace> places) : m_places(std::move(places))
{
    buildIndex();
}

std::shared_ptr<const Gazetteer> Gazetteer::bundled()
{
    static const std::shared_ptr<const Gazetteer> instance = [] {
        Bundled bundled = loadBundled();
        auto gazetteer = std::make_shared<Gazetteer>(std::move(bundled.places));
        gazetteer->setEverydayNames(std::move(bundled.everydayNames));
        return std::shared_ptr<const Gazetteer>(std::move(gazetteer));
    }();
    return instance;
}

std::shared_ptr<const Gazetteer>
Gazetteer::withUserPlaces(const QList<GazetteerPlace> &userPlaces) const
{
    QList<GazetteerPlace> mergedPlaces = m_places;
    for (const GazetteerPlace &user : userPlaces) {
        const int existing = indexOf(user.name, user.kind);
        if (existing >= 0) {
            GazetteerPlace &place = mergedPlaces[existing];
            for (const QString &alias : user.aliases)
                if (!place.aliases.contains(alias))
                    place.aliases.append(alias);
            place.userDefined = true;
        } else {
            GazetteerPlace added = user;
            added.userDefined = true;
            mergedPlaces.append(added);
        }
    }
    auto merged = std::make_shared<Gazetteer>(std::move(mergedPlaces));
    merged->m_everyday = m_everyday;
    return merged;
}

int Gazetteer::indexOf(const QString &name, std::optional<PlaceKind> kind) const
{
    for (int i = 0; i < m_places.size(); ++i)
        if (m_places.at(i).name == name && (!kind || m_places.at(i).kind == *kind))
            return i;
    return -1;
}

void Gazetteer::buildIndex()
{
    QHash<QString, int> cityByName;
    cityByName.reserve(m_places.size());
    qsizetype names = 0;
    for (const GazetteerPlace &place : std::as_const(m_places))
        names += 1 + place.aliases.size();
    m_names.reserve(names);
    for (int i = 0; i < m_places.size(); ++i) {
        const GazetteerPlace &place = m_places.at(i);
        m_names.add(place.name, i);
        for (const QString &alias : place.aliases)
            m_names.add(alias, i);
        // The first city of a name is the curated one (Donetsk in Ukraine, not the town of
        // the same name in Russia that the world city list adds after it).
        if (place.kind == PlaceKind::City && !cityByName.contains(place.name))
            cityByName.insert(place.name, i);
    }
    for (int i = 0; i < m_places.size(); ++i) {
        const QString &seat = m_places.at(i).seat;
        if (!seat.isEmpty() && cityByName.contains(seat))
            m_regionBySeat.insert(cityByName.value(seat), i);
    }
}

PlaceMatch Gazetteer::matchAt(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                              qsizetype index) const
{
    const PhraseMatch phrases = m_names.matchAt(text, tokens, keys, index);
    PlaceMatch match{phrases.tokenCount, phrases.payloads};
    std::sort(match.places.begin(), match.places.end(), [this](int a, int b) {
        const GazetteerPlace &left = m_places.at(a);
        const GazetteerPlace &right = m_places.at(b);
        if (left.userDefined != right.userDefined)
            return left.userDefined;
        if (kindRank(left.kind) != kindRank(right.kind))
            return kindRank(left.kind) < kindRank(right.kind);
        return left.population > right.population; // Birmingham, England before Alabama
    });
    return match;
}

void Gazetteer::setEverydayNames(const QStringList &names)
{
    m_everyday = PhraseIndex();
    for (const QString &name : names)
        m_everyday.add(name, 0);
}

bool Gazetteer::isEverydayName(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                               qsizetype index, qsizetype count) const
{
    return m_everyday.matchAt(text, tokens, keys, index).tokenCount == count;
}

int Gazetteer::resolve(const QString &name) const
{
    const QList<Token> tokens = tokenize(name);
    if (tokens.isEmpty())
        return -1;
    QList<QString> folded;
    for (const Token &token : tokens)
        folded.append(foldText(QStringView(name).mid(token.start, token.size())));
    const PlaceMatch match = matchAt(name, tokens, TokenKeys(folded), 0);
    if (match.tokenCount != tokens.size() || match.places.isEmpty())
        return -1;
    return match.places.front();
}

} // namespace parallax::analysis
