// gazetteer-compile: builds Parallax's bundled gazetteer at build time from Debian's data:
// countries and subdivisions from iso-codes, the world's cities of 15,000 people or more from
// libgeonames, their Russian and Ukrainian names from both packages' catalogues, and the
// hand-kept table in resources/gazetteer/places.tsv (what no package has). A word list
// (wamerican, wukrainian) marks the names that are also everyday words. Writes one tab-separated file
// that the core library embeds (format: see writeTable).
//
// usage: gazetteer-compile ISO_CODES_JSON_DIR LOCALE_DIR PLACES_TSV WORD_LIST[,WORD_LIST...] OUTPUT
#include "geonamescities.h"
#include "mocatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// Every level of subdivision of these countries; elsewhere the first level only (the lower
// levels of most countries are small districts whose names are mostly those of their towns).
const QStringList kAllLevelCountries = {u"UA"_s, u"RU"_s, u"US"_s, u"BY"_s, u"MD"_s, u"GE"_s, u"GB"_s};
const QStringList kLanguages = {u"ru"_s, u"uk"_s};
const QStringList kCyrillicCountries = {u"RU"_s, u"UA"_s, u"BY"_s, u"KZ"_s, u"KG"_s, u"TJ"_s, u"MD"_s,
                                        u"BG"_s, u"RS"_s, u"MK"_s, u"ME"_s, u"BA"_s, u"MN"_s};

struct PlaceRecord
{
    QString name;
    QString kind;
    QString parent;
    QString seat;
    QString country; // canonical name of the country it lies in (itself for a country)
    bool capital = false;
    bool curated = true; // from iso-codes or the hand-kept table, not a city list alone
    bool hasCoordinates = false;
    double latitude = 0;
    double longitude = 0;
    qint64 population = 0;
    QStringList aliases;

    void addAlias(const QString &alias)
    {
        // "Biel/Bienne", "Donostia / San Sebastian": each spelling on its own.
        if (alias.contains(u'/')) {
            for (const QString &part : alias.split(u'/', Qt::SkipEmptyParts))
                addAlias(part);
            return;
        }
        const QString trimmed = alias.trimmed();
        if (!trimmed.isEmpty() && trimmed != u"-"_s && trimmed != name && !aliases.contains(trimmed))
            aliases.append(trimmed);
    }
};

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << "gazetteer-compile: " << message << '\n';
    std::exit(1);
}

QJsonArray readIsoList(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(u"cannot read %1 (is the iso-codes package installed?)"_s.arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        fail(u"%1: %2"_s.arg(path, error.errorString()));
    return document.object().value(key).toArray();
}

QString subdivisionKind(const QString &isoType)
{
    return isoType == u"City"_s ? u"city"_s : u"region"_s;
}

void readWordList(const QString &path, QSet<QString> &words)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(u"cannot read the word list %1 (are wamerican and wukrainian installed?)"_s.arg(path));
    while (!file.atEnd()) {
        const QString word = QString::fromUtf8(file.readLine()).trimmed();
        if (!word.isEmpty() && word.front().isLower() && !word.contains(u'\''))
            words.insert(word);
    }
}

// Everyday words, lower case, from word lists such as wamerican's and wukrainian's (every
// inflected form), proper names left out. paths are separated by commas.
QSet<QString> readWordLists(const QString &paths)
{
    QSet<QString> words;
    for (const QString &path : paths.split(u',', Qt::SkipEmptyParts))
        readWordList(path, words);
    return words;
}

struct Builder
{
    QSet<QString> words;
    QList<PlaceRecord> places;
    std::map<QString, qsizetype> byIso;
    QHash<QString, QHash<QString, QString>> countryNames;     // language -> msgid -> msgstr
    QHash<QString, QHash<QString, QString>> subdivisionNames; // language -> msgid -> msgstr
    QHash<QString, QHash<QString, QString>> cityNames;        // language -> msgid -> msgstr

    // A name made of everyday words only ("Central", "North East", "Mobile").
    bool everyday(const QString &name) const
    {
        const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts)
            if (!words.contains(part.toLower()))
                return false;
        return !parts.isEmpty();
    }

    void addTranslations(PlaceRecord &place, const QHash<QString, QHash<QString, QString>> &catalogs,
                         const QString &msgid)
    {
        for (const QString &language : kLanguages) {
            const QString text = catalogs.value(language).value(msgid);
            if (!text.isEmpty())
                place.addAlias(text);
        }
    }

    void addCountries(const QString &isoDir)
    {
        for (const QJsonValue &value : readIsoList(isoDir + u"/iso_3166-1.json"_s, u"3166-1"_s)) {
            const QJsonObject country = value.toObject();
            PlaceRecord place;
            const QString common = country.value(u"common_name"_s).toString();
            place.name = common.isEmpty() ? country.value(u"name"_s).toString() : common;
            place.kind = u"country"_s;
            for (const char *field : {"name", "official_name", "common_name"}) {
                const QString text = country.value(QLatin1StringView(field)).toString();
                if (text.isEmpty())
                    continue;
                place.addAlias(text);
                addTranslations(place, countryNames, text);
            }
            byIso[country.value(u"alpha_2"_s).toString()] = places.size();
            places.append(place);
        }
    }

    void addSubdivisions(const QString &isoDir)
    {
        for (const QJsonValue &value : readIsoList(isoDir + u"/iso_3166-2.json"_s, u"3166-2"_s)) {
            const QJsonObject subdivision = value.toObject();
            const QString code = subdivision.value(u"code"_s).toString();
            const QString country = code.section(u'-', 0, 0);
            if (!kAllLevelCountries.contains(country) && subdivision.contains(u"parent"_s))
                continue;
            PlaceRecord place;
            place.name = subdivision.value(u"name"_s).toString();
            // "Central", "Northern", "Capital": in news text these are words, not places.
            if (!kAllLevelCountries.contains(country) && everyday(place.name))
                continue;
            place.kind = subdivisionKind(subdivision.value(u"type"_s).toString());
            place.parent = places.at(byIso.at(country)).name;
            addTranslations(place, subdivisionNames, place.name);
            byIso[code] = places.size();
            places.append(place);
        }
    }

    // Rows that name an ISO code refine that entry: the hand-kept canonical name wins and the
    // ISO name becomes an alias. Other rows add new places.
    void addHandTable(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            fail(u"cannot read %1"_s.arg(path));
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList columns = line.split(u'\t');
            if (columns.size() != 6)
                fail(u"%1:%2: expected 6 tab-separated columns, found %3"_s.arg(path).arg(lineNumber).arg(columns.size()));
            PlaceRecord row;
            row.name = columns.at(0).trimmed();
            row.kind = columns.at(1).trimmed();
            if (!QStringList{u"country"_s, u"region"_s, u"city"_s, u"other"_s}.contains(row.kind))
                fail(u"%1:%2: unknown kind '%3'"_s.arg(path).arg(lineNumber).arg(row.kind));
            row.parent = columns.at(2).trimmed() == u"-"_s ? QString() : columns.at(2).trimmed();
            for (const QString &option : columns.at(4).split(u';', Qt::SkipEmptyParts)) {
                if (option.trimmed() == u"capital"_s)
                    row.capital = true;
                else if (option.trimmed().startsWith(u"seat="_s))
                    row.seat = option.trimmed().mid(5);
            }
            for (const QString &alias : columns.at(5).split(u';', Qt::SkipEmptyParts))
                row.addAlias(alias);

            const QString iso = columns.at(3).trimmed();
            if (iso != u"-"_s) {
                const auto found = byIso.find(iso);
                if (found == byIso.end())
                    fail(u"%1:%2: unknown ISO code %3"_s.arg(path).arg(lineNumber).arg(iso));
                PlaceRecord &target = places[found->second];
                const QString isoName = target.name;
                target.name = row.name;
                target.kind = row.kind;
                target.capital = row.capital;
                target.seat = row.seat;
                if (!row.parent.isEmpty())
                    target.parent = row.parent;
                target.aliases.removeAll(row.name);
                target.addAlias(isoName);
                for (const QString &alias : std::as_const(row.aliases))
                    target.addAlias(alias);
            } else {
                places.append(row);
            }
        }
    }

    // Every place learns the country it lies in, by following its parents.
    void assignCountries()
    {
        QHash<QString, qsizetype> byName;
        for (qsizetype i = 0; i < places.size(); ++i)
            if (!byName.contains(places.at(i).name))
                byName.insert(places.at(i).name, i);
        for (PlaceRecord &place : places) {
            const PlaceRecord *step = &place;
            for (int depth = 0; depth < 8 && step; ++depth) {
                if (step->kind == u"country"_s) {
                    place.country = step->name;
                    break;
                }
                const auto parent = byName.constFind(step->parent);
                step = parent == byName.cend() ? nullptr : &places.at(*parent);
            }
        }
    }

    // The cities of libgeonames: one that the tables already hold (the same name or alias in
    // the same country) gains its coordinates, population and names; the others are added.
    void addCities()
    {
        QHash<QString, QList<qsizetype>> existing; // "CC|lower-case name" -> city entries
        QHash<QString, QString> countryByCode;
        for (const auto &[code, index] : byIso)
            if (!code.contains(u'-'))
                countryByCode.insert(code, places.at(index).name);
        const auto key = [](const QString &country, const QString &name) -> QString {
            return country + u'|' + name.toLower();
        };
        for (qsizetype i = 0; i < places.size(); ++i) {
            const PlaceRecord &place = places.at(i);
            if (place.kind != u"city"_s)
                continue;
            existing[key(place.country, place.name)].append(i);
            for (const QString &alias : place.aliases)
                existing[key(place.country, alias)].append(i);
        }
        for (const CityRecord &city : readWorldCities()) {
            const QString country = countryByCode.value(city.countryCode);
            // A few rows have no population: buildings and districts, not towns.
            if (country.isEmpty() || city.name.isEmpty() || city.population <= 0)
                continue;
            const QList<qsizetype> known = existing.value(key(country, city.name));
            PlaceRecord *target = nullptr;
            if (!known.isEmpty() && !places.at(known.constFirst()).hasCoordinates) {
                target = &places[known.constFirst()];
                target->addAlias(city.name);
            } else {
                PlaceRecord place;
                place.curated = false;
                place.name = city.name;
                place.kind = u"city"_s;
                place.parent = city.state.isEmpty() ? country : city.state;
                place.country = country;
                places.append(place);
                target = &places.last();
            }
            target->hasCoordinates = true;
            target->latitude = city.latitude;
            target->longitude = city.longitude;
            target->population = qMax(target->population, city.population);
            // A small foreign town's Russian or Ukrainian name is seldom written, and is often
            // an everyday word there ("Так", "Во"); cities of the Cyrillic-script countries and
            // large cities everywhere keep theirs.
            if (city.population >= 100000 || kCyrillicCountries.contains(city.countryCode))
                addTranslations(*target, cityNames, city.name);
        }
    }

    // One place per line: P, name, kind, parent, country, flags (c: capital, h: from iso-codes
    // or the hand-kept table), seat, latitude and longitude in ten-thousandths of a degree,
    // longitude, population, aliases separated by ';'. Then one line per name made of
    // everyday words only: W, the name in lower case.
    // A canonical name with several spellings ("Biel/Bienne") keeps the first; the others
    // are aliases.
    void splitNames()
    {
        for (PlaceRecord &place : places) {
            if (!place.name.contains(u'/'))
                continue;
            const QString whole = place.name;
            place.name = whole.section(u'/', 0, 0).trimmed();
            place.addAlias(whole);
            place.aliases.removeAll(place.name);
        }
    }

    QByteArray writeTable() const
    {
        QByteArray out = "# Parallax gazetteer: generated by gazetteer-compile\n";
        QSet<QString> everydayNames;
        for (const PlaceRecord &place : places) {
            const QStringList fields = {
                u"P"_s, place.name, place.kind, place.parent, place.country,
                QString(place.capital ? u"c"_s : QString()) + (place.curated ? u"h"_s : QString()), place.seat,
                place.hasCoordinates ? QString::number(qRound(place.latitude * 10000)) : QString(),
                place.hasCoordinates ? QString::number(qRound(place.longitude * 10000)) : QString(),
                place.population > 0 ? QString::number(place.population) : QString(),
                place.aliases.join(u';')};
            out += fields.join(u'\t').toUtf8() + '\n';
            // A country, a capital or a large city is meant even where its name is also a
            // word form ("Київ" is a plural of "кий").
            if (place.kind == u"country"_s || place.capital || place.population >= 500000)
                continue;
            const QStringList names = QStringList(place.aliases) << place.name;
            for (const QString &name : names)
                if (everyday(name))
                    everydayNames.insert(name.toLower());
        }
        QStringList sorted(everydayNames.cbegin(), everydayNames.cend());
        sorted.sort();
        for (const QString &name : std::as_const(sorted))
            out += "W\t" + name.toUtf8() + '\n';
        return out;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        fail(u"usage: gazetteer-compile ISO_CODES_JSON_DIR LOCALE_DIR PLACES_TSV WORD_LIST OUTPUT"_s);

    Builder builder;
    builder.words = readWordLists(args.at(4));
    for (const QString &language : kLanguages) {
        const QString dir = args.at(2) + u'/' + language + u"/LC_MESSAGES/"_s;
        builder.countryNames.insert(language, readMoCatalog(dir + u"iso_3166-1.mo"_s));
        builder.subdivisionNames.insert(language, readMoCatalog(dir + u"iso_3166-2.mo"_s));
        builder.cityNames.insert(language, readMoCatalog(dir + u"geonames.mo"_s));
        if (builder.cityNames.value(language).isEmpty())
            fail(u"no %1 city names in %2 (is libgeonames-common installed?)"_s.arg(language, dir));
        if (builder.countryNames.value(language).isEmpty())
            fail(u"no %1 translations in %2"_s.arg(language, dir));
    }
    builder.addCountries(args.at(1));
    builder.addSubdivisions(args.at(1));
    builder.addHandTable(args.at(3));
    builder.assignCountries();
    builder.addCities();
    builder.splitNames();

    QSaveFile output(args.at(5));
    if (!output.open(QIODevice::WriteOnly))
        fail(u"cannot write %1"_s.arg(args.at(5)));
    output.write(builder.writeTable());
    if (!output.commit())
        fail(u"cannot write %1"_s.arg(args.at(5)));
    return 0;
}
