#include "storage/sqlite/ftsquery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_FtsQuery : public QObject
{
    Q_OBJECT
private slots:
    void shouldBuildSafeExpressions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << u"Kyiv"_s << u"\"Kyiv\""_s;
        QTest::newRow("words are ANDed")
            << u"Putin ceasefire"_s << u"\"Putin\" AND \"ceasefire\""_s;
        QTest::newRow("phrase") << u"\"peace talks\" Kiev"_s << u"\"peace talks\" AND \"Kiev\""_s;
        QTest::newRow("prefix") << u"withdraw*"_s << u"\"withdraw\"*"_s;
        QTest::newRow("or") << u"Kiev OR Kyiv"_s << u"(\"Kiev\" OR \"Kyiv\")"_s;
        QTest::newRow("exclude") << u"Putin -Zelensky"_s << u"(\"Putin\") NOT \"Zelensky\""_s;
        QTest::newRow("apostrophe") << u"Kiev's"_s << u"\"Kiev's\""_s;
        QTest::newRow("fts syntax is quoted")
            << u"title:x AND (y"_s << u"\"title:x\" AND \"AND\" AND \"(y\""_s;
        QTest::newRow("embedded quote") << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("cyrillic") << u"Киев"_s << u"\"Киев\""_s;
        QTest::newRow("only punctuation") << u"-- ( ) *"_s << QString();
        QTest::newRow("only exclusions") << u"-Putin"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unclosed phrase") << u"\"peace talks"_s << u"\"peace talks\""_s;
    }
    void shouldBuildSafeExpressions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ftsMatchExpression(input), expected);
    }
};

QTEST_GUILESS_MAIN(tst_FtsQuery)
#include "tst_ftsquery.moc"
