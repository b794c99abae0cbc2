// What makes a name the gazetteer knows a place where it stands: each rule of PlaceEvidence and
// of the name patterns, one row each, on sentences written for the purpose.
#include "analysis/analyser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using namespace parallax::analysis;

namespace {

// "mention=Canonical" per place.
QStringList places(const QString &text)
{
    static const Analyser analyser;
    QStringList found;
    for (const PlaceFinding &place : analyser.analyse(text).places)
        found << text.mid(place.span.start, place.span.size()) + u'=' + place.canonical;
    return found;
}

} // namespace

class tst_PlaceEvidence : public QObject
{
    Q_OBJECT

private slots:
    void shouldWeighNamesOnTheEvidenceOfTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Against: people's names, titles, longer names.
        QTest::newRow("a given name before it")
            << u"The driver, Andrew Jordan, was not hurt."_s << QStringList();
        QTest::newRow("a title before it")
            << u"We met President Lincoln yesterday."_s << QStringList();
        QTest::newRow("a town in a longer name")
            << u"Fans of Surrey Hornets cheered."_s << QStringList{};
        QTest::newRow("a month named like a town")
            << u"The troops left in March 2022."_s << QStringList();
        QTest::newRow("a speech verb after a person-like name")
            << u"Moore said the vote was close."_s << QStringList();
        QTest::newRow("Cyrillic given name")
            << u"Владимир Путин приехал в Москву."_s << QStringList{u"Москву=Moscow"_s};
        QTest::newRow("Cyrillic surname after a name")
            << u"Имран Хан выступил в Исламабаде."_s << QStringList{u"Исламабаде=Islamabad"_s};
        // In need of support, and the support it finds.
        QTest::newRow("an everyday word opening a sentence")
            << u"Police closed the road."_s << QStringList();
        QTest::newRow("an everyday Ukrainian word opening a sentence")
            << u"Так сказав міністр."_s << QStringList();
        QTest::newRow("an everyday word opening a quotation")
            << u"Він сказав: «Так, я прийду». Так він і жив."_s << QStringList();
        QTest::newRow("a person's name with a locative")
            << u"Talks were held in Jordan on Monday."_s << QStringList{u"Jordan=Jordan"_s};
        QTest::newRow("a small town alone")
            << u"Chiefland residents were warned."_s << QStringList();
        QTest::newRow("a small town after a preposition")
            << u"The fire spread near Hagerstown."_s << QStringList{u"Hagerstown=Hagerstown"_s};
        QTest::newRow("one sense per article")
            << u"Mobile is ready. Crews reached Mobile at noon and stayed in Mobile."_s
            << QStringList{u"Mobile=Mobile"_s, u"Mobile=Mobile"_s, u"Mobile=Mobile"_s};
        QTest::newRow("a list shares its support")
            << u"Flights left for Boston, Chicago and Tyler."_s
            << QStringList{u"Boston=Boston"_s, u"Chicago=Chicago"_s, u"Tyler=Tyler"_s};
        QTest::newRow("a dateline") << u"KYIV, Ukraine — Sirens sounded at dawn."_s
                                    << QStringList{u"KYIV=Kyiv"_s, u"Ukraine=Ukraine"_s};
        QTest::newRow("X-based") << u"A Hagerstown-based firm won."_s
                                 << QStringList{u"Hagerstown=Hagerstown"_s};
        // Patterns.
        QTest::newRow("a county") << u"Licking County deputies responded."_s
                                  << QStringList{u"Licking County=Licking County"_s};
        QTest::newRow("a town and an AP state")
            << u"Residents of Tega Cay, S.C., were told to leave."_s
            << QStringList{u"Tega Cay=Tega Cay"_s, u"S.C.=South Carolina"_s};
        QTest::newRow("a town and a state")
            << u"He grew up in Lanexa, Virginia, and left."_s
            << QStringList{u"Lanexa=Lanexa"_s, u"Virginia=Virginia"_s};
        QTest::newRow("an ocean") << u"Storms crossed the Atlantic Ocean."_s
                                  << QStringList{u"Atlantic Ocean=Atlantic Ocean"_s};
    }

    void shouldWeighNamesOnTheEvidenceOfTheText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(places(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_PlaceEvidence)
#include "tst_placeevidence.moc"
