#include "import/articlereader.h"

#include "import/html/htmlarticle.h"
#include "import/metadata.h"
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

QString stripMarkdownHeading(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u'#')
        ++i;
    return i > 0 && i < line.size() && line[i] == u' ' ? line.mid(i + 1).trimmed() : line;
}

Result<Article> parseText(const QString &normalized, bool markdown)
{
    qsizetype pos = 0;
    const qsizetype n = normalized.size();
    QString title;
    while (pos < n && title.isEmpty()) {
        qsizetype end = normalized.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        title = normalized.mid(pos, end - pos).trimmed();
        pos = end + 1;
    }
    if (title.isEmpty())
        return makeError(ErrorCode::Empty, u"the file holds only white space"_s);
    if (markdown)
        title = stripMarkdownHeading(title);
    Article article;
    article.title = title;
    // Leading blank lines go; the paragraphs below stay exactly as written.
    QString body = pos < n ? normalized.mid(pos) : QString();
    qsizetype first = 0;
    while (first < body.size() && body[first].isSpace())
        ++first;
    body.remove(0, first);
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    if (body.isEmpty())
        return makeError(ErrorCode::Empty, u"the file has a title line but no text"_s);
    article.body = body;
    return article;
}

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
    const QByteArray declared = format == ArticleFormat::Html ? declaredHtmlCharset(bytes)
                                                              : QByteArray();
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
        Result<Article> text = parseText(normalizedText(decoded->text),
                                         format == ArticleFormat::Markdown);
        if (!text)
            return text.error();
        article = std::move(text).value();
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
    // Opening and closing an open library's file would release SQLite's locks on it.
    if (const std::optional<QString> library = libraryfiles::openLibraryFile(path))
        return makeError(ErrorCode::InvalidInput, u"this is %1, not an article"_s.arg(*library));
    if (info.size() > maxBytes)
        return makeError(ErrorCode::TooLarge,
                         u"the file is %1, over the limit of %2"_s
                             .arg(QLocale::c().formattedDataSize(info.size()),
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
