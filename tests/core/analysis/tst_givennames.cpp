// Given names in every case form, and only in the forms a given name takes.
#include "analysis/givennames.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax::analysis;

namespace {

// "Name/sex" for every reading of the first word of text.
QStringList readings(const QString &text)
{
    const TextContext context(text);
    QStringList found;
    for (const GivenName &name : GivenNames::bundled().at(context, 0))
        found << name.name + u'/' + (name.sex ? QChar::fromLatin1(name.sex) : u'-');
    found.sort();
    return found;
}

} // namespace

class tst_GivenNames : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadGivenNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("english") << u"Chris Weston said"_s << QStringList{u"Chris/m"_s};
        QTest::newRow("russian nominative")
            << u"Светлана Петренко"_s << QStringList{u"Светлана/f"_s};
        QTest::newRow("russian genitive") << u"Татьяны Даниленко"_s << QStringList{u"Татьяна/f"_s};
        QTest::newRow("male genitive or female name")
            << u"Олександра Ткаченка"_s << QStringList{u"Олександр/m"_s, u"Олександра/f"_s};
        QTest::newRow("ukrainian dative") << u"Уляні Супрун"_s << QStringList{u"Уляна/f"_s};
        QTest::newRow("a country is not a form of a name") << u"Германии"_s << QStringList{};
        QTest::newRow("nor is Denmark") << u"Дания"_s << QStringList{};
        QTest::newRow("lower case is no name") << u"светлана"_s << QStringList{};
        QTest::newRow("an ordinary word") << u"Yesterday"_s << QStringList{};
    }

    void shouldReadGivenNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(readings(text), expected);
    }

    void sectionsSetTheSex()
    {
        const GivenNames names =
            GivenNames::parse(u"# comment\n[male]\nBob\n[female]\nAlice\n[either]\nSam\n"_s);
        const TextContext context(u"Bob Alice Sam Carol"_s);
        QCOMPARE(names.at(context, 0).front().sex, 'm');
        QCOMPARE(names.at(context, 1).front().sex, 'f');
        QCOMPARE(names.at(context, 2).front().sex, char(0));
        QVERIFY(names.at(context, 3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_GivenNames)
#include "tst_givennames.moc"
