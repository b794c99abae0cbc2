#include "import/html/htmlentities.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_HtmlEntities : public QObject
{
    Q_OBJECT
private slots:
    void shouldDecodeCharacterReferences_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named") << u"&laquo;Киев&raquo; &amp; co"_s << u"«Киев» & co"_s;
        QTest::newRow("beyond the common ones")
            << u"M&uuml;nchen &Uuml;ber &iacute; &rarr; &Ccaron;"_s << u"München Über í → Č"_s;
        QTest::newRow("two code points") << u"&NotEqualTilde;"_s << u"\u2242\u0338"_s;
        QTest::newRow("legacy name without semicolon")
            << u"&copy 2024 &amp co"_s << u"© 2024 & co"_s;
        QTest::newRow("longest legacy prefix") << u"&notit;"_s << u"¬it;"_s;
        QTest::newRow("decimal") << u"&#1050;&#1080;&#1111;&#1074;"_s << u"Київ"_s;
        QTest::newRow("hex astral") << u"&#x1F1FA;&#x1F1E6;"_s << u"🇺🇦"_s;
        QTest::newRow("windows-1252 range") << u"&#150; &#147;quoted&#148;"_s << u"– “quoted”"_s;
        QTest::newRow("no semicolon after a number") << u"&#169 x"_s << u"© x"_s;
        QTest::newRow("unknown kept") << u"&bogus; & alone &;"_s << u"&bogus; & alone &;"_s;
        QTest::newRow("invalid code point") << u"&#xD800;&#0;"_s << u"\uFFFD\uFFFD"_s;
        QTest::newRow("nothing to decode") << u"plain text"_s << u"plain text"_s;
    }

    void shouldDecodeCharacterReferences()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(decodeHtmlEntities(input), expected);
    }
};

QTEST_GUILESS_MAIN(tst_HtmlEntities)
#include "tst_htmlentities.moc"
