// The places Parallax recognises: the bundled gazetteer (iso-codes plus the hand-kept table,
// compiled at build time) with the user's own places and aliases from the library on top.
// Matching is token-wise and case-, diacritic- and case-ending-insensitive.
#pragma once

#include "analysis/phraseindex.h"
#include "analysis/tokens.h"
#include "domain/registry.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <memory>

namespace parallax::analysis {

struct GazetteerPlace
{
    QString name; // canonical
    PlaceKind kind = PlaceKind::Other;
    QString parent;
    bool capital = false; // the name can stand for its country's government
    QString seat;         // a region named after this city
    QStringList aliases;
    bool userDefined = false;
    QString country{}; // the country it lies in (itself for a country); may be empty
    bool hasCoordinates = false;
    double latitude = 0;
    double longitude = 0;
    qint64 population = 0; // 0 when unknown
    bool curated = true;   // false for a city known only from the world city list
};

struct PlaceMatch
{
    qsizetype tokenCount = 0;
    // Every place the matched words may name, best first (user places before bundled ones,
    // then country, city, region, other).
    QVarLengthArray<int, 2> places;
};

class Gazetteer final
{
public:
    explicit Gazetteer(QList<GazetteerPlace> places);

    // The compiled gazetteer, loaded once.
    static std::shared_ptr<const Gazetteer> bundled();

    // A copy with the library's places merged in: a user place with the same name and kind
    // as a bundled one adds its aliases to it; a name the user gives wins over a bundled one.
    std::shared_ptr<const Gazetteer> withUserPlaces(const QList<GazetteerPlace> &userPlaces) const;

    const QList<GazetteerPlace> &places() const { return m_places; }
    const GazetteerPlace &place(int index) const { return m_places.at(index); }
    int indexOf(const QString &name, std::optional<PlaceKind> kind = std::nullopt) const;
    // The region whose seat is this city, or -1.
    int regionWithSeat(int cityIndex) const { return m_regionBySeat.value(cityIndex, -1); }

    // The longest name starting at tokens[index], if any. foldedTokens holds the folded text
    // of each token (computed once per text by the caller).
    PlaceMatch matchAt(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                       qsizetype index) const;

    // The place a single name resolves to (for tests and the registry editor), or -1.
    int resolve(const QString &name) const;

    // Whether the count words at tokens[index] name a place with everyday words only
    // ("Mobile", "Reading", "Grand Prairie", "Так"), in any case form, so that only context
    // makes them a place.
    bool isEverydayName(QStringView text, const QList<Token> &tokens, const TokenKeys &keys,
                        qsizetype index, qsizetype count) const;
    void setEverydayNames(const QStringList &names);

private:
    void buildIndex();

    QList<GazetteerPlace> m_places;
    PhraseIndex m_names;
    QHash<int, int> m_regionBySeat;
    PhraseIndex m_everyday;
};

} // namespace parallax::analysis
