// gazetteer-compile: builds Parallax's bundled gazetteer at build time from Debian's iso-codes
// (countries and subdivisions, with their Russian and Ukrainian translations) and the
// hand-kept table in resources/gazetteer/places.tsv. Writes one JSON file that the core
// library embeds.
//
// usage: gazetteer-compile ISO_CODES_JSON_DIR LOCALE_DIR PLACES_TSV OUTPUT_JSON
#include "mocatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// Subdivisions of these countries are worth naming; elsewhere ISO subdivision names ("Central",
// "Capital", "North") would only add false matches to news text.
const QStringList kSubdivisionCountries = {u"UA"_s, u"RU"_s, u"US"_s, u"BY"_s, u"MD"_s, u"GE"_s};
const QStringList kLanguages = {u"ru"_s, u"uk"_s};

struct PlaceRecord
{
    QString name;
    QString kind;
    QString parent;
    QString seat;
    bool capital = false;
    QStringList aliases;

    void addAlias(const QString &alias)
    {
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

struct Builder
{
    QList<PlaceRecord> places;
    std::map<QString, qsizetype> byIso;
    QHash<QString, QHash<QString, QString>> countryNames;     // language -> msgid -> msgstr
    QHash<QString, QHash<QString, QString>> subdivisionNames; // language -> msgid -> msgstr

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
            if (!kSubdivisionCountries.contains(country))
                continue;
            PlaceRecord place;
            place.name = subdivision.value(u"name"_s).toString();
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

    QByteArray toJson() const
    {
        QJsonArray array;
        for (const PlaceRecord &place : places) {
            QJsonObject object{{u"name"_s, place.name}, {u"kind"_s, place.kind}};
            if (!place.parent.isEmpty())
                object.insert(u"parent"_s, place.parent);
            if (place.capital)
                object.insert(u"capital"_s, true);
            if (!place.seat.isEmpty())
                object.insert(u"seat"_s, place.seat);
            object.insert(u"aliases"_s, QJsonArray::fromStringList(place.aliases));
            array.append(object);
        }
        return QJsonDocument(QJsonObject{{u"places"_s, array}}).toJson(QJsonDocument::Compact);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        fail(u"usage: gazetteer-compile ISO_CODES_JSON_DIR LOCALE_DIR PLACES_TSV OUTPUT_JSON"_s);

    Builder builder;
    for (const QString &language : kLanguages) {
        const QString dir = args.at(2) + u'/' + language + u"/LC_MESSAGES/"_s;
        builder.countryNames.insert(language, readMoCatalog(dir + u"iso_3166-1.mo"_s));
        builder.subdivisionNames.insert(language, readMoCatalog(dir + u"iso_3166-2.mo"_s));
        if (builder.countryNames.value(language).isEmpty())
            fail(u"no %1 translations in %2"_s.arg(language, dir));
    }
    builder.addCountries(args.at(1));
    builder.addSubdivisions(args.at(1));
    builder.addHandTable(args.at(3));

    QSaveFile output(args.at(4));
    if (!output.open(QIODevice::WriteOnly))
        fail(u"cannot write %1"_s.arg(args.at(4)));
    output.write(builder.toJson());
    if (!output.commit())
        fail(u"cannot write %1"_s.arg(args.at(4)));
    return 0;
}
