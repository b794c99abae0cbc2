#include "storage/personstore.h"
#include "storage/placestore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_RegistryStores : public QObject
{
    Q_OBJECT
private slots:
    void shouldRoundTripPersonWithAliasesAndRoles()
    {
        test::TestLibrary lib;
        PersonStore store(lib.db());
        Person p;
        p.name = u"Volodymyr Zelensky"_s;
        p.aliases = {u"Zelenskyy"_s, u"Zelenskiy"_s, u"Зеленский"_s, u"Зеленський"_s};
        p.roles = {PersonRole{u"President of Ukraine"_s, u"2019-05-20"_s, QString()}};
        p.description = u"Ukrainian politician"_s;
        p.origin = Origin::Bundled;
        auto id = store.create(p);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto read = store.get(*id);
        QVERIFY(read);
        QCOMPARE(read->name, p.name);
        QCOMPARE(read->aliases, p.aliases);
        QCOMPARE(read->roles.size(), 1);
        QCOMPARE(read->roles[0].role, u"President of Ukraine"_s);
        QCOMPARE(read->roles[0].since, u"2019-05-20"_s);
        QVERIFY(read->roles[0].until.isEmpty());
        QCOMPARE(read->origin, Origin::Bundled);
        QCOMPARE(*store.findByName(u"зеленский"_s), QList<qint64>{*id});
        QCOMPARE(*store.findByName(u"volodymyr zelensky"_s), QList<qint64>{*id});
        QVERIFY(store.findByName(u"Putin"_s)->isEmpty());
    }

    void shouldKeepWhetherAnEntryIsAnOrganisation()
    {
        test::TestLibrary lib;
        PersonStore store(lib.db());
        Person kremlin;
        kremlin.name = u"Government of Russia"_s;
        kremlin.aliases = {u"Кремль"_s, u"the Kremlin"_s};
        kremlin.kind = SpeakerKind::Organisation;
        Person person;
        person.name = u"Dmitry Peskov"_s;
        const qint64 organisationId = *store.create(kremlin);
        const qint64 personId = *store.create(person);
        QCOMPARE(store.get(organisationId)->kind, SpeakerKind::Organisation);
        QCOMPARE(store.get(personId)->kind, SpeakerKind::Person);
        kremlin = *store.get(organisationId);
        kremlin.kind = SpeakerKind::Person;
        QVERIFY(store.update(kremlin));
        QCOMPARE(store.get(organisationId)->kind, SpeakerKind::Person);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM people WHERE kind = 'person'"_s), 2);
    }

    void shouldReplaceAliasesOnUpdateAndCascadeOnRemove()
    {
        test::TestLibrary lib;
        PersonStore store(lib.db());
        Person p;
        p.name = u"Mykhailo Podolyak"_s;
        p.aliases = {u"Podolyak"_s};
        p.id = *store.create(p);
        p.aliases = {u"Podoliak"_s, u"Подоляк"_s};
        QVERIFY(store.update(p));
        QCOMPARE(store.get(p.id)->aliases, (QStringList{u"Podoliak"_s, u"Подоляк"_s}));
        QVERIFY(store.remove(p.id));
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM person_aliases"_s), 0);
        QCOMPARE(store.remove(p.id).error().code, ErrorCode::NotFound);
    }

    void shouldRefuseDuplicateAndEmptyNames()
    {
        test::TestLibrary lib;
        PersonStore store(lib.db());
        Person p;
        p.name = u"Dmitry Peskov"_s;
        QVERIFY(store.create(p));
        QCOMPARE(store.create(p).error().code, ErrorCode::Constraint);
        p.name = u"   "_s;
        QCOMPARE(store.create(p).error().code, ErrorCode::Constraint);
        QCOMPARE(lib.scalar(u"SELECT count(*) FROM people"_s), 1);
    }

    void shouldRecreatePersonWithSameId()
    {
        test::TestLibrary lib;
        PersonStore store(lib.db());
        Person p;
        p.name = u"Sergei Lavrov"_s;
        p.aliases = {u"Lavrov"_s};
        p.id = *store.create(p);
        QVERIFY(store.remove(p.id));
        QCOMPARE(*store.create(p), p.id);
        QCOMPARE(store.get(p.id)->aliases, QStringList{u"Lavrov"_s});
    }

    void shouldRoundTripPlacesWithParents()
    {
        test::TestLibrary lib;
        PlaceStore store(lib.db());
        Place ukraine;
        ukraine.name = u"Ukraine"_s;
        ukraine.kind = PlaceKind::Country;
        ukraine.id = *store.create(ukraine);
        Place oblast;
        oblast.name = u"Donetsk Oblast"_s;
        oblast.kind = PlaceKind::Region;
        oblast.parentId = ukraine.id;
        oblast.aliases = {u"Donetsk People's Republic"_s, u"Донецкая область"_s};
        oblast.id = *store.create(oblast);
        Place city;
        city.name = u"Donetsk"_s;
        city.kind = PlaceKind::City;
        city.parentId = oblast.id;
        city.id = *store.create(city);

        const Place read = *store.get(oblast.id);
        QCOMPARE(read.kind, PlaceKind::Region);
        QCOMPARE(read.parentId, std::optional<qint64>(ukraine.id));
        QCOMPARE(read.aliases, oblast.aliases);
        QCOMPARE(store.list()->size(), 3);
        QCOMPARE(*store.findByName(u"донецкая область"_s), QList<qint64>{oblast.id});

        // The same name may name a city and a region, but not twice the same kind.
        Place twin = city;
        twin.id = 0;
        QCOMPARE(store.create(twin).error().code, ErrorCode::Constraint);

        // Removing a parent keeps its children, now without a parent.
        QVERIFY(store.remove(oblast.id));
        QVERIFY(!store.get(city.id)->parentId.has_value());
    }

    void shouldUpdatePlaceKindAndAliases()
    {
        test::TestLibrary lib;
        PlaceStore store(lib.db());
        Place p;
        p.name = u"Kherson"_s;
        p.kind = PlaceKind::City;
        p.id = *store.create(p);
        p.kind = PlaceKind::Region;
        p.name = u"Kherson Oblast"_s;
        p.aliases = {u"Херсонская область"_s};
        QVERIFY(store.update(p));
        const Place read = *store.get(p.id);
        QCOMPARE(read.kind, PlaceKind::Region);
        QCOMPARE(read.aliases, p.aliases);
        p.id = 999;
        QCOMPARE(store.update(p).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_RegistryStores)
#include "tst_registrystores.moc"
