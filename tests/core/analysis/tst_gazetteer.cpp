// Every name in the bundled gazetteer leads back to its own place.
#include "analysis/gazetteer.h"
#include "analysis/textfold.h"
#include "analysis/tokens.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

class tst_Gazetteer : public QObject
{
    Q_OBJECT

private slots:
    void everyAliasResolvesToItsPlace()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        QVERIFY(gazetteer.places().size() > 400);
        int checked = 0;
        QStringList failures;
        for (int index = 0; index < gazetteer.places().size(); ++index) {
            const GazetteerPlace &place = gazetteer.place(index);
            QStringList names = place.aliases;
            names.prepend(place.name);
            for (const QString &name : std::as_const(names)) {
                const QList<Token> tokens = tokenize(name);
                if (tokens.isEmpty())
                    continue;
                QList<QString> folded;
                for (const Token &token : tokens)
                    folded.append(foldText(QStringView(name).mid(token.start, token.size())));
                const PlaceMatch match = gazetteer.matchAt(name, tokens, TokenKeys(folded), 0);
                ++checked;
                if (match.tokenCount != tokens.size() || !match.places.contains(index))
                    failures << u"%1 -> %2"_s.arg(name, place.name);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
        QVERIFY(checked > 1500);
    }

    void handTableRefinesIsoCodes()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        const GazetteerPlace &donetsk = gazetteer.place(gazetteer.indexOf(u"Donetsk Oblast"_s));
        QCOMPARE(donetsk.kind, PlaceKind::Region);
        QCOMPARE(donetsk.parent, u"Ukraine"_s);
        QVERIFY(donetsk.aliases.contains(u"Donetska oblast"_s));  // the ISO name
        QVERIFY(donetsk.aliases.contains(u"Донецкая область"_s)); // iso-codes' Russian
        QVERIFY(donetsk.aliases.contains(u"Донецька область"_s)); // and Ukrainian translation
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Russian Federation"_s)).name, u"Russia"_s);
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Аляска"_s)).name, u"Alaska"_s);
        const int kyiv = gazetteer.indexOf(u"Kyiv"_s, PlaceKind::City);
        QVERIFY(gazetteer.place(kyiv).capital);
        QCOMPARE(gazetteer.regionWithSeat(gazetteer.indexOf(u"Kherson"_s, PlaceKind::City)),
                 gazetteer.indexOf(u"Kherson Oblast"_s));
    }

    void shouldKnowTheWorldsCitiesWithTheirCountryPopulationAndPosition()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        QVERIFY(gazetteer.places().size() > 25000);
        const GazetteerPlace &toronto = gazetteer.place(gazetteer.resolve(u"Toronto"_s));
        QCOMPARE(toronto.kind, PlaceKind::City);
        QCOMPARE(toronto.country, u"Canada"_s);
        QVERIFY(toronto.population > 1000000);
        QVERIFY(toronto.hasCoordinates && qAbs(toronto.latitude - 43.7) < 0.1 &&
                qAbs(toronto.longitude + 79.4) < 0.1);
        QVERIFY(!toronto.curated);
        // The largest of several cities of one name comes first; Cyrillic names from libgeonames.
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Liverpool"_s)).country, u"United Kingdom"_s);
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Ливерпуль"_s)).name, u"Liverpool"_s);
        // A city the hand table already had keeps its entry and gains position and population.
        const GazetteerPlace &kyiv = gazetteer.place(gazetteer.indexOf(u"Kyiv"_s, PlaceKind::City));
        QVERIFY(kyiv.curated && kyiv.hasCoordinates && kyiv.population > 2000000);
        QCOMPARE(kyiv.country, u"Ukraine"_s);
    }

    void shouldKnowTheSubdivisionsOfEveryCountryAndWhatIsNotInAPackage()
    {
        const Gazetteer &gazetteer = *Gazetteer::bundled();
        for (const QString &name :
             {u"Tamil Nadu"_s, u"Karnataka"_s, u"Ontario"_s, u"Hampshire"_s, u"Indian Ocean"_s,
              u"Atlantic"_s, u"Persian Gulf"_s, u"UAE"_s, u"ФРГ"_s, u"Нидерланды"_s,
              u"Соединённые Штаты"_s, u"Soviet Union"_s})
            QVERIFY2(gazetteer.resolve(name) >= 0, qPrintable(name));
        QCOMPARE(gazetteer.place(gazetteer.resolve(u"Tamil Nadu"_s)).country, u"India"_s);
        // ISO subdivision names that are everyday words ("Central", "Northern") are left out.
        for (const GazetteerPlace &place : gazetteer.places())
            QVERIFY2(!(place.kind == PlaceKind::Region &&
                       (place.name == u"Central"_s || place.name == u"Northern"_s)),
                     qPrintable(place.name + u" in "_s + place.country));
    }

    void shouldKnowWhichNamesAreEverydayWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("everyday");
        QTest::newRow("english word") << u"Mobile"_s << true;
        QTest::newRow("two words") << u"Grand Prairie"_s << true;
        QTest::newRow("a proper name") << u"Toronto"_s << false;
        QTest::newRow("ukrainian word, inflected") << u"Таким"_s << true;
        QTest::newRow("ukrainian city") << u"Київ"_s << false;
    }

    void shouldKnowWhichNamesAreEverydayWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, everyday);
        const QList<Token> tokens = tokenize(text);
        QList<QString> folded;
        for (const Token &token : tokens)
            folded.append(foldText(QStringView(text).mid(token.start, token.size())));
        QCOMPARE(
            Gazetteer::bundled()->isEverydayName(text, tokens, TokenKeys(folded), 0, tokens.size()),
            everyday);
    }
};

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
