#include "util/codepoints.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_CodePoints : public QObject
{
    Q_OBJECT
private slots:
    void shouldConvertBothWays()
    {
        const QString text = u"a😀b🇺🇦c"_s; // 😀 is one code point, the flag two
        QCOMPARE(text.size(), 9);
        QCOMPARE(codePointLength(text), 6);
        QCOMPARE(codePointOffset(text, 1), 1);
        QCOMPARE(codePointOffset(text, 3), 2); // after 😀
        QCOMPARE(codePointOffset(text, 8), 5); // before c
        QCOMPARE(utf16Offset(text, 2), 3);
        QCOMPARE(utf16Offset(text, 5), 8);
        QCOMPARE(utf16Offset(text, 99), text.size());
        for (qsizetype cp = 0; cp <= codePointLength(text); ++cp)
            QCOMPARE(codePointOffset(text, utf16Offset(text, cp)), cp);
    }
};

QTEST_GUILESS_MAIN(tst_CodePoints)
#include "tst_codepoints.moc"
