// The world's cities of 15,000 people or more, from Debian's libgeonames (GeoNames data).
#pragma once

#include <QList>
#include <QString>

struct CityRecord
{
    QString name;        // English (the library's untranslated name)
    QString state;       // first-level division, English
    QString countryCode; // ISO 3166-1 alpha-2
    double latitude = 0;
    double longitude = 0;
    qint64 population = 0;
};

QList<CityRecord> readWorldCities();
