#include "import/textdecoder.h"

#include <QStringDecoder>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Below this ICU confidence (0-100) a guess is treated as no detection at all.
constexpr int kMinimumConfidence = 20;

Result<QString> decodeStrict(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::Encoding, u"invalid byte sequence"_s);
    return text;
}

// Text decoded with the wrong single-byte charset is full of C1 controls and odd symbols.
bool looksLikeText(const QString &text)
{
    qsizetype letters = 0;
    qsizetype visible = 0;
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || (u >= 0x7f && u < 0xa0) ||
            u == 0xfffd)
            ++controls;
        if (c.isSpace())
            continue;
        ++visible;
        if (c.isLetterOrNumber())
            ++letters;
    }
    if (visible == 0)
        return false;
    return controls * 100 <= visible && letters * 10 >= visible * 6;
}

struct DetectorDeleter
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct ConverterDeleter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

} // namespace

Result<QString> decodeWithCharset(const QByteArray &bytes, const QByteArray &charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> converter(
        ucnv_open(charset.constData(), &status));
    if (U_FAILURE(status))
        return makeError(ErrorCode::Encoding,
                         u"unknown character set %1"_s.arg(QString::fromLatin1(charset)));
    // Stop at the first byte the charset does not define instead of substituting it.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    QString text(bytes.size() * 2 + 1, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::Encoding,
                         u"the bytes are not valid %1"_s.arg(QString::fromLatin1(charset)));
    text.truncate(length);
    return text;
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Empty, u"the file is empty"_s);

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        auto text = decodeStrict(bytes.mid(3), QStringConverter::Utf8);
        if (!text)
            return makeError(ErrorCode::Encoding, u"the file has a UTF-8 mark but invalid UTF-8"_s);
        return DecodedText{*text, u"UTF-8"_s, true};
    }
    const bool utf16le = bytes.startsWith("\xFF\xFE");
    if (utf16le || bytes.startsWith("\xFE\xFF")) {
        if (bytes.size() % 2 != 0)
            return makeError(ErrorCode::Encoding,
                             u"the file has a UTF-16 mark but an odd length"_s);
        auto text = decodeStrict(bytes.mid(2),
                                 utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        if (!text || text->contains(QChar(0)))
            return makeError(ErrorCode::Encoding,
                             u"the file has a UTF-16 mark but invalid UTF-16"_s);
        return DecodedText{*text, utf16le ? u"UTF-16LE"_s : u"UTF-16BE"_s, true};
    }
    // Binary data is full of NUL bytes; a saved page or a text with a few strays is text, and
    // the strays are dropped as browsers drop them.
    const qsizetype nuls = bytes.count('\0');
    // UTF-16 without a byte order mark: the NUL bytes of its Latin letters all fall on one
    // side of each pair.
    if (nuls * 4 > bytes.size() && bytes.size() % 2 == 0) {
        qsizetype even = 0;
        for (qsizetype i = 0; i < bytes.size(); i += 2)
            even += bytes.at(i) == '\0';
        const bool bigEndian = even == nuls;
        const bool littleEndian = even == 0;
        if (bigEndian || littleEndian) {
            auto text = decodeStrict(bytes, littleEndian ? QStringConverter::Utf16LE
                                                         : QStringConverter::Utf16BE);
            if (text && !text->contains(QChar(0)) && looksLikeText(*text))
                return DecodedText{*text, littleEndian ? u"UTF-16LE"_s : u"UTF-16BE"_s, false};
        }
    }
    if (nuls > 0 && (nuls * 50 > bytes.size() || nuls > 64))
        return makeError(ErrorCode::Binary, u"the file holds binary data (NUL bytes), not text"_s);
    if (nuls > 0) {
        QByteArray cleaned = bytes;
        cleaned.replace('\0', QByteArray());
        return decodeText(cleaned, declaredCharset);
    }

    if (auto utf8 = decodeStrict(bytes, QStringConverter::Utf8))
        return DecodedText{*utf8, u"UTF-8"_s, false};

    if (!declaredCharset.isEmpty()) {
        if (auto declared = decodeWithCharset(bytes, declaredCharset);
            declared && looksLikeText(*declared))
            return DecodedText{*declared, QString::fromLatin1(declaredCharset), false};
    }

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return makeError(ErrorCode::Encoding, u"cannot start the charset detector"_s);
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(bytes.size()), &status);
    int32_t matchCount = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &matchCount, &status);
    if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < matchCount; ++i) {
            UErrorCode matchStatus = U_ZERO_ERROR;
            const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
            const char *name = ucsdet_getName(matches[i], &matchStatus);
            if (U_FAILURE(matchStatus) || confidence < kMinimumConfidence)
                break; // matches come best first
            const QByteArray charset(name);
            if (charset.startsWith("UTF-"))
                continue; // strict UTF-8 already failed; UTF-16/32 need a BOM here
            if (auto text = decodeWithCharset(bytes, charset); text && looksLikeText(*text))
                return DecodedText{*text, QString::fromLatin1(charset), false};
        }
    }
    return makeError(ErrorCode::Encoding,
                     u"the text is not valid UTF-8 and its encoding could not be detected"_s);
}

} // namespace parallax
