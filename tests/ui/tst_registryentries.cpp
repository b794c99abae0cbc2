// What the person and place choosers offer, and how a typed spelling finds an entry.
#include "editing/editsession.h"
#include "registry/registryentries.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_RegistryEntries final : public QObject
{
    Q_OBJECT
private slots:
    void shouldRankSpellings_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("rank");
        QTest::newRow("whole name") << u"kyiv"_s << 0;
        QTest::newRow("whole alias in Cyrillic") << u"КИЕВ"_s << 0;
        QTest::newRow("accents ignored") << u"Kyïv"_s << 0;
        QTest::newRow("start of an alias") << u"Kie"_s << 1;
        QTest::newRow("inside a name") << u"yiv"_s << 2;
        QTest::newRow("nothing") << u"Lviv"_s << -1;
        QTest::newRow("empty matches all") << QString() << 2;
    }
    void shouldRankSpellings()
    {
        QFETCH(QString, typed);
        QFETCH(int, rank);
        RegistryEntry kyiv;
        kyiv.name = u"Kyiv"_s;
        kyiv.aliases = {u"Kiev"_s, u"Киев"_s, u"Київ"_s};
        QCOMPARE(kyiv.matchRank(typed), rank);
        QCOMPARE(kyiv.matches(typed), rank >= 0);
    }

    void shouldOfferLibraryPlacesAndTheRestOfTheGazetteer()
    {
        test::TestLibrary library;
        test::importSeeds(library.db());
        EditSession session(library.db());
        Place zlatopil;
        zlatopil.name = u"Zlatopil"_s;
        zlatopil.kind = PlaceKind::City;
        QVERIFY(session.createPlace(zlatopil));
        const QList<RegistryEntry> entries = placeEntries(library.db());
        int kyivs = 0;
        bool user = false;
        bool gazetteerOnly = false;
        for (const RegistryEntry &entry : entries) {
            if (entry.name == u"Kyiv"_s && entry.kind == PlaceKind::City) {
                ++kyivs;
                QVERIFY(entry.id > 0); // the seeds name it: the library's record, not a copy
                QVERIFY(!entry.fromGazetteer);
            }
            user = user || (entry.name == u"Zlatopil"_s && entry.id > 0);
            if (entry.fromGazetteer) {
                gazetteerOnly = true;
                QCOMPARE(entry.id, 0);
            }
        }
        QCOMPARE(kyivs, 1);
        QVERIFY(user);
        QVERIFY(gazetteerOnly);
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(QString::localeAwareCompare(entries.at(i - 1).name, entries.at(i).name) <= 0);

        QVERIFY(session.createPerson(u"Maria Zakharova"_s, {u"Zakharova"_s, u"Мария Захарова"_s}));
        bool found = false;
        for (const RegistryEntry &person : personEntries(library.db()))
            found = found ||
                    (person.name == u"Maria Zakharova"_s && person.matchRank(u"захарова"_s) == 1);
        QVERIFY(found);
    }
};

QTEST_MAIN(tst_RegistryEntries)
#include "tst_registryentries.moc"
