#include "import/articlereader.h"

#include "import/html/htmlarticle.h"
#include "import/metadata.h"
#include "import/textarticle.h"
#include "import/textdecoder.h"
#include "import/textnormalizer.h"
#include "storage/articlestore.h"
#include "storage/libraryfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr qsizetype kLongestTitle = 300;

} // namespace

std::optional<ArticleFormat> articleFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "txt"_L1 || suffix == "text"_L1)
        return ArticleFormat::PlainText;
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return ArticleFormat::Markdown;
    if (suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1)
        return ArticleFormat::Html;
    return std::nullopt;
}

Result<Article> parseArticle(const QByteArray &bytes, ArticleFormat format)
{
    const QByteArray declared =
        format == ArticleFormat::Html ? declaredHtmlCharset(bytes) : QByteArray();
    const Result<DecodedText> decoded = decodeText(bytes, declared);
    if (!decoded)
        return decoded.error();

    Article article;
    if (format == ArticleFormat::Html) {
        const HtmlArticle page = extractHtmlArticle(decoded->text);
        article.title = normalizedText(page.title).simplified();
        article.body = normalizedText(page.body);
        article.outletName = page.siteName;
        article.author = page.author;
        article.url = page.url;
        article.published = normalizeDate(page.published);
        article.language = page.language;
        if (article.body.trimmed().isEmpty())
            return makeError(ErrorCode::Empty, u"the page has no readable text"_s);
        if (article.title.isEmpty())
            article.title = article.body.section(u'\n', 0, 0).left(120);
    } else {
        Result<Article> text =
            parseTextArticle(normalizedText(decoded->text), format == ArticleFormat::Markdown);
        if (!text)
            return text.error();
        article = std::move(text).value();
    }
    // A title is a line; a page or file whose "title" runs on is cut at a word.
    if (article.title.size() > kLongestTitle) {
        const qsizetype cut = article.title.lastIndexOf(u' ', kLongestTitle);
        article.title =
            article.title.left(cut > kLongestTitle / 2 ? cut : kLongestTitle).trimmed() + u'…';
    }
    if (article.language.isEmpty())
        article.language = guessLanguage(article.body);
    article.contentHash = ArticleStore::hashBody(article.body);
    return article;
}

Result<Article> readArticleFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const std::optional<ArticleFormat> format = articleFormatFor(path);
    if (!format)
        return makeError(ErrorCode::InvalidInput,
                         u"not an article file (Parallax reads .txt, .md, .html and .htm)"_s);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, u"no such file"_s);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput,
                         u"not a regular file (a pipe, device or socket); not opened"_s);
    // Opening and closing an open library's file would release SQLite's locks on it.
    if (const std::optional<QString> library = libraryfiles::openLibraryFile(path))
        return makeError(ErrorCode::InvalidInput, u"this is %1, not an article"_s.arg(*library));
    if (info.size() > maxBytes)
        return makeError(ErrorCode::TooLarge, u"the file is %1, over the limit of %2"_s.arg(
                                                  QLocale::c().formattedDataSize(info.size()),
                                                  QLocale::c().formattedDataSize(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read the file: %1"_s.arg(file.errorString()));
    // Read one byte past what the check above saw, in case the file grew since; asking for the
    // whole limit would allocate (and map and unmap) 20 MB for every small file.
    const QByteArray bytes = file.read(qMin(info.size(), maxBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, u"cannot read the file: %1"_s.arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::TooLarge, u"the file is over the size limit"_s);
    if (bytes.size() > info.size())
        return makeError(ErrorCode::Io, u"the file changed while it was read; import it again"_s);
    if (libraryfiles::isSqliteHeader(bytes))
        return makeError(ErrorCode::InvalidInput,
                         u"this is a library (an SQLite database), not an article"_s);
    Result<Article> article = parseArticle(bytes, *format);
    if (!article)
        return article.error();
    article->sourcePath = info.absoluteFilePath();
    return article;
}

} // namespace parallax
