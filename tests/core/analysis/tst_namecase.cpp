// Russian and Ukrainian names brought back to the nominative.
#include "analysis/namecase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

class tst_NameCase : public QObject
{
    Q_OBJECT

private slots:
    void shouldGiveTheNominative_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("sex");
        QTest::newRow("nominative stays") << u"Вадим Шумков"_s << u"Вадим Шумков"_s << u"m"_s;
        QTest::newRow("female nominative in -ова")
            << u"Мария Петрова"_s << u"Мария Петрова"_s << u"f"_s;
        QTest::newRow("male genitive in -ова") << u"Ивана Петрова"_s << u"Иван Петров"_s << u"m"_s;
        QTest::newRow("ukrainian genitive in -енка")
            << u"Олександра Ткаченка"_s << u"Олександр Ткаченко"_s << u"m"_s;
        QTest::newRow("female surname that does not decline")
            << u"Татьяны Даниленко"_s << u"Татьяна Даниленко"_s << u"f"_s;
        QTest::newRow("female accusative")
            << u"Светлану Петренко"_s << u"Светлана Петренко"_s << u"f"_s;
        QTest::newRow("female genitive in -ской")
            << u"Анны Ковальской"_s << u"Анна Ковальская"_s << u"f"_s;
        QTest::newRow("male instrumental in -ским")
            << u"Андреем Вишневским"_s << u"Андрей Вишневский"_s << u"m"_s;
        QTest::newRow("male genitive on a consonant")
            << u"Алексея Учакина"_s << u"Алексей Учакин"_s << u"m"_s;
        QTest::newRow("patronymic too")
            << u"Владимира Владимировича Путина"_s << u"Владимир Владимирович Путин"_s << u"m"_s;
        QTest::newRow("a given name alone") << u"Артема"_s << u"Артем"_s << u"m"_s;
        QTest::newRow("latin names are kept") << u"Chris Weston"_s << u"Chris Weston"_s << u"m"_s;
    }

    void shouldGiveTheNominative()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QFETCH(QString, sex);
        const TextContext context(name);
        const NominativeName nominative =
            nominativeName(name.split(u' '), GivenNames::bundled().at(context, 0));
        QCOMPARE(nominative.text, expected);
        QCOMPARE(QString(QChar::fromLatin1(nominative.sex)), sex);
    }

    void surnamesShowTheSex()
    {
        QCOMPARE(surnameSex(u"Петрова"), 'f');
        QCOMPARE(surnameSex(u"Вишневский"), 'm');
        QCOMPARE(surnameSex(u"Шевченко"), char(0));
        QCOMPARE(surnameSex(u"Smith"), char(0));
    }
};

QTEST_GUILESS_MAIN(tst_NameCase)
#include "tst_namecase.moc"
