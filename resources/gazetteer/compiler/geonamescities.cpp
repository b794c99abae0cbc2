#include "geonamescities.h"

#include <clocale>
#include <cstdlib>
#include <geonames/geonames.h>

QList<CityRecord> readWorldCities()
{
    // The library translates names through gettext; the C locale keeps them in English, and
    // the compiler adds the Russian and Ukrainian names from the catalogues itself.
    std::setlocale(LC_ALL, "C");
    ::unsetenv("LANGUAGE");
    QList<CityRecord> cities;
    const int count = geonames_get_n_cities();
    cities.reserve(count);
    for (int i = 0; i < count; ++i) {
        GeonamesCity *city = geonames_get_city(i);
        if (!city)
            continue;
        cities.append({QString::fromUtf8(geonames_city_get_name(city)),
                       QString::fromUtf8(geonames_city_get_state(city)),
                       QString::fromUtf8(geonames_city_get_country_code(city)),
                       geonames_city_get_latitude(city), geonames_city_get_longitude(city),
                       qint64(geonames_city_get_population(city))});
        geonames_city_free(city);
    }
    return cities;
}
