#include "import/textdecoder.h"
#include "testlibrary.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString kRussian =
    u"Президент России Владимир Путин заявил, что Москва прекратит огонь, если украинские "
    u"войска будут выведены из Донецкой и Луганской народных республик, а также из Херсонской "
    u"и Запорожской областей. По словам Подоляка, это предложение не имеет смысла."_s;
const QString kFrench =
    u"Le président français a déclaré à Genève que la conférence de paix était « une étape "
    u"importante » et qu’il espérait un accord équitable avant l’été. Les négociateurs ont "
    u"souligné que la sécurité énergétique de l’Europe reste une priorité absolue."_s;

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

} // namespace

class tst_TextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void shouldDecode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        const QString mixed = u"Київ and Киев 😀 “quoted”"_s;
        QTest::newRow("utf-8") << mixed.toUtf8() << mixed << u"UTF-8"_s << false;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF" + mixed.toUtf8()) << mixed << u"UTF-8"_s << true;
        QTest::newRow("utf-16le bom")
            << utf16(mixed, QStringConverter::Utf16LE) << mixed << u"UTF-16LE"_s << true;
        QTest::newRow("utf-16be bom")
            << utf16(mixed, QStringConverter::Utf16BE) << mixed << u"UTF-16BE"_s << true;
        QTest::newRow("windows-1251")
            << test::encodeWith("windows-1251", kRussian) << kRussian << u"windows-1251"_s << false;
        QTest::newRow("koi8-r") << test::encodeWith("KOI8-R", kRussian) << kRussian << u"KOI8-R"_s
                                << false;
        QTest::newRow("iso-8859-1")
            << test::encodeWith("ISO-8859-1", QString(kFrench).replace(u'’', u'\''))
            << QString(kFrench).replace(u'’', u'\'') << u"ISO-8859-1"_s << false;
    }
    void shouldDecode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        const auto decoded = decodeText(bytes);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->hadBom, bom);
    }

    void shouldPreferDeclaredCharsetOverGuessing()
    {
        const QByteArray bytes = test::encodeWith("windows-1251", u"Киев и Харьков"_s);
        const auto decoded = decodeText(bytes, "windows-1251");
        QVERIFY(decoded);
        QCOMPARE(decoded->text, u"Киев и Харьков"_s);
    }

    void shouldReadUtf16WithoutAMark_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("little endian") << true;
        QTest::newRow("big endian") << false;
    }

    void shouldReadUtf16WithoutAMark()
    {
        QFETCH(bool, littleEndian);
        const QString text =
            u"Talks resume in Geneva\nThe envoy said the talks would resume on Monday."_s;
        QByteArray bytes;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            const char low = char(u & 0xFF);
            const char high = char(u >> 8);
            bytes.append(littleEndian ? low : high);
            bytes.append(littleEndian ? high : low);
        }
        const auto decoded = decodeText(bytes);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, littleEndian ? u"UTF-16LE"_s : u"UTF-16BE"_s);
    }

    void shouldDropAFewStrayNulBytes()
    {
        QByteArray page =
            "<html><body><p>Saved page text, long enough to be a page of its own.</p>";
        page.append('\0');
        page.append("<p>More text after a stray byte.</p></body></html>");
        page.append('\0');
        const auto decoded = decodeText(page);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QVERIFY(!decoded->text.contains(QChar(0)));
        QVERIFY(decoded->text.contains(u"More text after a stray byte."_s));
    }

    void shouldRefuse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::Empty);
        QTest::newRow("nul bytes")
            << QByteArray("PK\x03\x04\x00\x00binary", 12) << int(ErrorCode::Binary);
        QTest::newRow("png header")
            << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << int(ErrorCode::Binary);
        QByteArray noise;
        for (int i = 0; i < 400; ++i)
            noise.append(char(0x80 + (i * 37) % 32)); // C1 bytes: control codes in every 8-bit set
        QTest::newRow("undetectable") << noise << int(ErrorCode::Encoding);
        QTest::newRow("odd utf-16") << QByteArray("\xFF\xFE\x41", 3) << int(ErrorCode::Encoding);
        QTest::newRow("bad utf-8 after bom")
            << QByteArray("\xEF\xBB\xBF\xC3\x28") << int(ErrorCode::Encoding);
    }
    void shouldRefuse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const auto decoded = decodeText(bytes);
        QVERIFY(!decoded);
        QCOMPARE(int(decoded.error().code), code);
        QVERIFY(!decoded.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
