#include "import/fileanalysis.h"

#include "analysis/corpusjson.h"
#include "import/articlereader.h"
#include "import/textdecoder.h"
#include "import/textnormalizer.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace parallax {

Result<QJsonObject> analyseFile(const QString &path, const analysis::Analyser &analyser,
                                qint64 maxBytes)
{
    const std::optional<ArticleFormat> format = articleFormatFor(path);
    if (!format)
        return Error{ErrorCode::InvalidInput,
                     u"%1: not an article file (.txt, .md, .html, .htm)"_s.arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, u"%1: %2"_s.arg(path, file.errorString())};
    if (file.size() > maxBytes)
        return Error{ErrorCode::TooLarge, u"%1: larger than %2 bytes"_s.arg(path).arg(maxBytes)};
    const QByteArray bytes = file.readAll();

    QJsonObject json;
    if (*format == ArticleFormat::Html) {
        Result<Article> article = parseArticle(bytes, *format);
        if (!article)
            return Error{article.error().code, u"%1: %2"_s.arg(path, article.error().message)};
        const QString text = article->title + u"\n\n"_s + article->body;
        json = analysis::toCorpusJson(
            analyser.analyse(text, QDate::fromString(article->published.left(10), Qt::ISODate)),
            text, [](qsizetype i) { return i; });
    } else {
        Result<DecodedText> decoded = decodeText(bytes);
        if (!decoded)
            return Error{decoded.error().code, u"%1: %2"_s.arg(path, decoded.error().message)};
        const NormalizedText normalized = normalizeText(decoded->text);
        json = analysis::toCorpusJson(analyser.analyse(normalized.text), decoded->text,
                                      [&](qsizetype i) { return normalized.toSource(i); });
    }
    json.insert(u"article"_s, QFileInfo(path).fileName());
    json.insert(u"analyser_version"_s, analysis::kAnalyserVersion);
    return json;
}

} // namespace parallax
