#include "analysis/gazetteer.h"

#include "analysis/textfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::analysis {

namespace {

int kindRank(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Country: return 0;
    case PlaceKind::City: return 1;
    case PlaceKind::Region: return 2;
    case PlaceKind::Other: return 3;
    }
    return 4;
}

QList<GazetteerPlace> loadBundled()
{
    QFile file(u":/gazetteer/gazetteer.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the bundled gazetteer is missing from the build");
    QList<GazetteerPlace> places;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"places"_s).toArray();
    places.reserve(array.size());
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        GazetteerPlace place;
        place.name = object.value(u"name"_s).toString();
        place.kind = placeKindFromString(object.value(u"kind"_s).toString()).value_or(PlaceKind::Other);
        place.parent = object.value(u"parent"_s).toString();
        place.capital = object.value(u"capital"_s).toBool();
        place.seat = object.value(u"seat"_s).toString();
        for (const QJsonValue &alias : object.value(u"aliases"_s).toArray())
            place.aliases.append(alias.toString());
        places.append(place);
    }
    return places;
}

} // namespace

Gazetteer::Gazetteer(QList<GazetteerPlace> places)
    : m_places(std::move(places))
{
    buildIndex();
}

std::shared_ptr<const Gazetteer> Gazetteer::bundled()
{
    static const std::shared_ptr<const Gazetteer> instance = std::make_shared<const Gazetteer>(loadBundled());
    return instance;
}

std::shared_ptr<const Gazetteer> Gazetteer::withUserPlaces(const QList<GazetteerPlace> &userPlaces) const
{
    QList<GazetteerPlace> merged = m_places;
    for (const GazetteerPlace &user : userPlaces) {
        const int existing = indexOf(user.name, user.kind);
        if (existing >= 0) {
            GazetteerPlace &place = merged[existing];
            for (const QString &alias : user.aliases)
                if (!place.aliases.contains(alias))
                    place.aliases.append(alias);
            place.userDefined = true;
        } else {
            GazetteerPlace added = user;
            added.userDefined = true;
            merged.append(added);
        }
    }
    return std::make_shared<const Gazetteer>(std::move(merged));
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
    for (int i = 0; i < m_places.size(); ++i) {
        const GazetteerPlace &place = m_places.at(i);
        m_names.add(place.name, i);
        for (const QString &alias : place.aliases)
            m_names.add(alias, i);
        if (place.kind == PlaceKind::City)
            cityByName.insert(place.name, i);
    }
    for (int i = 0; i < m_places.size(); ++i) {
        const QString &seat = m_places.at(i).seat;
        if (!seat.isEmpty() && cityByName.contains(seat))
            m_regionBySeat.insert(cityByName.value(seat), i);
    }
}

PlaceMatch Gazetteer::matchAt(QStringView text, const QList<Token> &tokens,
                              const QList<QString> &folded, qsizetype index) const
{
    const PhraseMatch phrases = m_names.matchAt(text, tokens, folded, index);
    PlaceMatch match{phrases.tokenCount, phrases.payloads};
    std::sort(match.places.begin(), match.places.end(), [this](int a, int b) {
        const GazetteerPlace &left = m_places.at(a);
        const GazetteerPlace &right = m_places.at(b);
        if (left.userDefined != right.userDefined)
            return left.userDefined;
        return kindRank(left.kind) < kindRank(right.kind);
    });
    return match;
}

int Gazetteer::resolve(const QString &name) const
{
    const QList<Token> tokens = tokenize(name);
    if (tokens.isEmpty())
        return -1;
    QList<QString> folded;
    for (const Token &token : tokens)
        folded.append(foldText(QStringView(name).mid(token.start, token.size())));
    const PlaceMatch match = matchAt(name, tokens, folded, 0);
    if (match.tokenCount != tokens.size() || match.places.isEmpty())
        return -1;
    return match.places.front();
}

} // namespace parallax::analysis
