#include "analysis/nameidentity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

class tst_NameIdentity : public QObject
{
    Q_OBJECT
private slots:
    void shouldGiveOneKeyToOnePersonInEveryScript_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        QTest::newRow("ru and en") << u"Дмитрий Песков"_s << u"Dmitry Peskov"_s;
        QTest::newRow("two romanisations") << u"Dmitriy Peskov"_s << u"Dmitry Peskov"_s;
        QTest::newRow("uk and en") << u"Денис Шмигаль"_s << u"Denys Shmyhal"_s;
        QTest::newRow("ru and uk spelling") << u"Денис Шмыгаль"_s << u"Денис Шмигаль"_s;
        QTest::newRow("doubled y") << u"Volodymyr Zelenskyy"_s << u"Володимир Зеленський"_s;
        QTest::newRow("soft sign and ck") << u"Олександр Ткаченко"_s << u"Oleksandr Tkachenko"_s;
        QTest::newRow("ya and ia") << u"Марія Захарова"_s << u"Mariya Zakharova"_s;
        QTest::newRow("shch") << u"Андрій Щербина"_s << u"Andriy Shcherbyna"_s;
        QTest::newRow("hyphen and spaces") << u"Jean-Claude  Juncker"_s << u"Jean Claude Juncker"_s;
        QTest::newRow("accents") << u"José Manuel Barroso"_s << u"Jose Manuel Barroso"_s;
    }

    void shouldGiveOneKeyToOnePersonInEveryScript()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QCOMPARE(nameIdentityKey(one), nameIdentityKey(other));
        QVERIFY(isWholeNameKey(nameIdentityKey(one)));
    }

    void shouldKeepDifferentPeopleApart_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        QTest::newRow("other given name") << u"Олександр Ткаченко"_s << u"Олена Ткаченко"_s;
        QTest::newRow("other surname") << u"Dmitry Peskov"_s << u"Dmitry Medvedev"_s;
        QTest::newRow("Oleksandr is not Aleksandr")
            << u"Oleksandr Syrskyi"_s << u"Aleksandr Syrsky"_s;
    }

    void shouldKeepDifferentPeopleApart()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QVERIFY(nameIdentityKey(one) != nameIdentityKey(other));
    }

    void shouldNotTakeASurnameForAWholeName()
    {
        QVERIFY(!isWholeNameKey(nameIdentityKey(u"Песков"_s)));
        QVERIFY(!isWholeNameKey(nameIdentityKey(u"  "_s)));
    }
};

QTEST_APPLESS_MAIN(tst_NameIdentity)
#include "tst_nameidentity.moc"
