// Place names in every spelling, their kind from context, metonyms, and what is never a place.
#include "analysis/analyser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

namespace {

// "mention=Canonical" per place, with "!" after a metonym.
QStringList describePlaces(const QString &text)
{
    static const Analyser analyser;
    QStringList found;
    for (const PlaceFinding &place : analyser.analyse(text).places)
        found << text.mid(place.span.start, place.span.size()) + u'=' + place.canonical +
                     (place.metonym ? u"!"_s : QString());
    return found;
}

} // namespace

class tst_PlaceFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldNamePlacesCanonically_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("spellings of Kyiv")
            << u"Kiev, Kyiv, Киев and Київ."_s
            << QStringList{u"Kiev=Kyiv!"_s, u"Kyiv=Kyiv!"_s, u"Киев=Kyiv!"_s, u"Київ=Kyiv!"_s};
        QTest::newRow("renamed towns")
            << u"Fighting near Krasnoarmeysk, Dimitrov and Artemovsk."_s
            << QStringList{u"Krasnoarmeysk=Pokrovsk"_s, u"Dimitrov=Myrnohrad"_s,
                           u"Artemovsk=Bakhmut"_s};
        QTest::newRow("russian-based spellings")
            << u"Troops left Kharkov, Lugansk and Zaporozhye."_s
            << QStringList{u"Kharkov=Kharkiv"_s, u"Lugansk=Luhansk"_s,
                           u"Zaporozhye=Zaporizhzhia"_s};
        QTest::newRow("region by generic word") << u"Shelling in the Kherson region continued."_s
                                                << QStringList{u"Kherson=Kherson Oblast"_s};
        QTest::newRow("city of") << u"Shelling hit the city of Kherson."_s
                                 << QStringList{u"Kherson=Kherson"_s};
        QTest::newRow("coordination takes the last cue")
            << u"Russia claims the Donetsk, Luhansk, Kherson, and Zaporizhzhia regions."_s
            << QStringList{u"Russia=Russia"_s, u"Donetsk=Donetsk Oblast"_s,
                           u"Luhansk=Luhansk Oblast"_s, u"Kherson=Kherson Oblast"_s,
                           u"Zaporizhzhia=Zaporizhzhia Oblast"_s};
        QTest::newRow("people's republic")
            << u"the Donetsk People’s Republic and the DPR"_s
            << QStringList{u"Donetsk People’s Republic=Donetsk Oblast"_s, u"DPR=Donetsk Oblast"_s};
        QTest::newRow("russian case endings")
            << u"Бои в Донецкой области и в Харькове."_s
            << QStringList{u"Донецкой области=Donetsk Oblast"_s, u"Харькове=Kharkiv"_s};
        QTest::newRow("ukrainian case endings")
            << u"Вибухи у Києві та Харкові, бої на Донеччині."_s
            << QStringList{u"Києві=Kyiv"_s, u"Харкові=Kharkiv"_s, u"Донеччині=Donetsk Oblast"_s};
        QTest::newRow("possessive and compound")
            << u"Moscow’s plan, a US-backed deal."_s
            << QStringList{u"Moscow=Moscow!"_s, u"US=United States"_s};
        QTest::newRow("metonym vs literal")
            << u"Kyiv says it will talk. A press conference in Kyiv followed."_s
            << QStringList{u"Kyiv=Kyiv!"_s, u"Kyiv=Kyiv"_s};
        QTest::newRow("dateline is literal")
            << u"MOSCOW\nThe Kremlin spoke."_s << QStringList{u"MOSCOW=Moscow"_s};
        QTest::newRow("no demonyms, no West, no pronoun us")
            << u"Ukrainian and Russian troops; the West told us to wait."_s << QStringList{};
        QTest::newRow("diacritics folded")
            << u"Talks in Zürich and Kijów."_s << QStringList{u"Zürich=Zurich"_s, u"Kijów=Kyiv"_s};
        QTest::newRow("countries from iso-codes in Russian")
            << u"Визит во Вьетнам и Киргизию."_s
            << QStringList{u"Вьетнам=Vietnam"_s, u"Киргизию=Kyrgyzstan"_s};
    }

    void shouldNamePlacesCanonically()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describePlaces(text), expected);
    }

    void userPlacesOverrideTheBundledOnes()
    {
        GazetteerPlace village{u"Robotyne"_s,
                               PlaceKind::City,
                               u"Zaporizhzhia Oblast"_s,
                               false,
                               {},
                               {u"Rabotino"_s, u"Robotino"_s},
                               true};
        GazetteerPlace newTown{u"Novotoretske"_s,
                               PlaceKind::City,
                               u"Donetsk Oblast"_s,
                               false,
                               {},
                               {u"Novotoretskoye"_s},
                               true};
        const Analyser analyser(Gazetteer::bundled()->withUserPlaces({village, newTown}),
                                PeopleRegistry::bundled());
        const QString text = u"Near Robotino and Novotoretskoye."_s;
        const QList<PlaceFinding> places = analyser.analyse(text).places;
        QCOMPARE(places.size(), 2);
        QCOMPARE(places.at(0).canonical, u"Robotyne"_s);
        QCOMPARE(places.at(1).canonical, u"Novotoretske"_s);
        QCOMPARE(Analyser().analyse(text).places.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_PlaceFinder)
#include "tst_placefinder.moc"
