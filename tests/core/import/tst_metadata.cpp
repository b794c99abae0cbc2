#include "import/metadata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_Metadata : public QObject
{
    Q_OBJECT
private slots:
    void shouldGuessLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("english") << u"The president said that the talks in Geneva are over and "
                                    u"that the troops will stay."_s
                                 << u"en"_s;
        QTest::newRow("russian") << u"Президент заявил, что войска останутся в Харькове. Это было "
                                    u"объявлено в пятницу."_s
                                 << u"ru"_s;
        QTest::newRow("ukrainian") << u"Президент заявив, що війська залишаться у Харкові. Це було "
                                      u"оголошено в п'ятницю і ще раз у суботу."_s
                                   << u"uk"_s;
        QTest::newRow("german is not english") << u"Der Präsident sagte, dass die Gespräche in "
                                                  u"Genf beendet sind und die Truppen bleiben."_s
                                               << QString();
        QTest::newRow("too short") << u"Kyiv"_s << QString();
    }
    void shouldGuessLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(guessLanguage(text), language);
    }

    void shouldNormalizeDates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("date") << u"2024-06-14"_s << u"2024-06-14"_s;
        QTest::newRow("date-time offset")
            << u"2024-06-14T18:03:00+03:00"_s << u"2024-06-14T18:03:00+03:00"_s;
        QTest::newRow("utc") << u"2024-06-14T18:03:00Z"_s << u"2024-06-14T18:03:00Z"_s;
        QTest::newRow("rfc 2822") << u"Fri, 14 Jun 2024 18:03:00 +0000"_s
                                  << u"2024-06-14T18:03:00Z"_s;
        QTest::newRow("long form") << u"June 14, 2024"_s << u"2024-06-14"_s;
        QTest::newRow("dotted") << u"14.06.2024"_s << u"2024-06-14"_s;
        QTest::newRow("not a date") << u"yesterday"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void shouldNormalizeDates()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(normalizeDate(input), expected);
    }
};

QTEST_GUILESS_MAIN(tst_Metadata)
#include "tst_metadata.moc"
