#include "import/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_TextNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void shouldNormalize_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("crlf") << u"a\r\nb\rc\n"_s << u"a\nb\nc\n"_s;
        QTest::newRow("bom and zero width") << u"\uFEFFKy\u200Biv\u2060 \u00ADx"_s << u"Kyiv x"_s;
        QTest::newRow("nfd to nfc") << u"Gene\u0300ve"_s << u"Genève"_s;
        QTest::newRow("cyrillic short i") << u"Ки\u0438\u0306в"_s << u"Кийв"_s;
        QTest::newRow("emoji and joiners stay") << u"👨\u200D👩 ok"_s << u"👨\u200D👩 ok"_s;
        QTest::newRow("no-break space stays") << u"a\u00A0b"_s << u"a\u00A0b"_s;
    }
    void shouldNormalize()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const NormalizedText normalized = normalizeText(source);
        QCOMPARE(normalized.text, expected);
        QCOMPARE(normalized.sourceIndex.size(), normalized.text.size() + 1);
    }

    void shouldMapPositionsBackToSource()
    {
        const QString source = u"\uFEFFGene\u0300ve\r\nsaid \u200B“Kyiv”"_s;
        const NormalizedText n = normalizeText(source);
        QCOMPARE(n.text, u"Genève\nsaid “Kyiv”"_s);
        const qsizetype kyiv = n.text.indexOf(u"Kyiv"_s);
        QCOMPARE(source.mid(n.toSource(kyiv), 4), u"Kyiv"_s);
        const qsizetype said = n.text.indexOf(u"said"_s);
        QCOMPARE(source.mid(n.toSource(said), 4), u"said"_s);
        QCOMPARE(n.toSource(0), 1); // the BOM is gone
        QCOMPARE(n.toSource(n.text.size()), source.size());
    }
};

QTEST_GUILESS_MAIN(tst_TextNormalizer)
#include "tst_textnormalizer.moc"
