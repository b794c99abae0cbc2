#include "import/textarticle.h"

#include "import/html/datetext.h"
#include "import/metadata.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Longer than this, a first line is a paragraph rather than a headline.
constexpr qsizetype kLongestTitle = 160;

enum class Field
{
    Title,
    Outlet,
    Date,
    Url,
    Author,
    Language
};

const QHash<QString, Field> &headerKeys()
{
    static const QHash<QString, Field> keys{
        {u"title"_s, Field::Title},     {u"headline"_s, Field::Title},
        {u"заголовок"_s, Field::Title}, {u"outlet"_s, Field::Outlet},
        {u"source"_s, Field::Outlet},   {u"publisher"_s, Field::Outlet},
        {u"site"_s, Field::Outlet},     {u"издание"_s, Field::Outlet},
        {u"источник"_s, Field::Outlet}, {u"видання"_s, Field::Outlet},
        {u"джерело"_s, Field::Outlet},  {u"date"_s, Field::Date},
        {u"published"_s, Field::Date},  {u"дата"_s, Field::Date},
        {u"url"_s, Field::Url},         {u"link"_s, Field::Url},
        {u"ссылка"_s, Field::Url},      {u"посилання"_s, Field::Url},
        {u"author"_s, Field::Author},   {u"by"_s, Field::Author},
        {u"автор"_s, Field::Author},    {u"language"_s, Field::Language},
        {u"lang"_s, Field::Language},   {u"язык"_s, Field::Language},
        {u"мова"_s, Field::Language}};
    return keys;
}

const QSet<QString> &furnitureWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> loaded;
        QFile file(u":/import/furniture-words.txt"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the furniture word list is missing from the build");
        const QString text = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts))
            if (!line.startsWith(u'#') && !line.trimmed().isEmpty())
                loaded.insert(line.trimmed().toString());
        return loaded;
    }();
    return words;
}

QString stripMarkdownHeading(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u'#')
        ++i;
    return i > 0 && i < line.size() && line[i] == u' ' ? line.mid(i + 1).trimmed() : line;
}

// "Uncategorized", "RSS News Feed", "12 June 2024", "By Jane Doe", "—".
bool isFurnitureLine(const QString &line)
{
    QStringList words;
    QString word;
    bool letters = false;
    for (QChar c : line) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
            letters = letters || c.isLetter();
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    if (!letters)
        return true; // "—", "***", "12.06.2024"
    if (words.size() <= 6 && !dateInText(line).isEmpty())
        return true;
    if (words.size() <= 5 && (words.front() == "by"_L1 || words.front() == "автор"_L1))
        return true;
    if (words.size() > 4)
        return false;
    for (const QString &w : std::as_const(words))
        if (!furnitureWords().contains(w))
            return false;
    return true;
}

// The first sentence of a paragraph, for a title: up to the first full stop, question or
// exclamation mark followed by a space, within the longest title.
QString firstSentence(const QString &paragraph)
{
    for (qsizetype i = 20; i + 1 < paragraph.size() && i < kLongestTitle; ++i) {
        const QChar c = paragraph.at(i);
        if ((c == u'.' || c == u'!' || c == u'?' || c == u'…') && paragraph.at(i + 1).isSpace())
            return paragraph.left(c == u'.' ? i : i + 1).trimmed();
    }
    const qsizetype cut = paragraph.lastIndexOf(u' ', kLongestTitle);
    return paragraph.left(cut > 40 ? cut : kLongestTitle).trimmed() + u'…';
}

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0; // exclusive, before the line break
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        lines.append({pos, end});
        pos = end + 1;
    }
    return lines;
}

} // namespace

Result<Article> parseTextArticle(const QString &normalized, bool markdown)
{
    const QList<Line> lines = linesOf(normalized);
    auto textOf = [&](const Line &line) {
        return normalized.mid(line.start, line.end - line.start).trimmed();
    };
    Article article;
    qsizetype index = 0;
    while (index < lines.size() && textOf(lines.at(index)).isEmpty())
        ++index;

    // The header block: "Key: value" lines up to the first line that is not one.
    const qsizetype headerStart = index;
    bool header = true;
    while (header && index < lines.size()) {
        const QString line = textOf(lines.at(index));
        const qsizetype colon = line.indexOf(u':');
        const auto key = colon > 0 ? headerKeys().constFind(line.left(colon).trimmed().toLower())
                                   : headerKeys().cend();
        if (key == headerKeys().cend()) {
            header = false;
            break;
        }
        const QString value = line.mid(colon + 1).trimmed();
        switch (*key) {
        case Field::Title:
            article.title = value;
            break;
        case Field::Outlet:
            article.outletName = value;
            break;
        case Field::Date: {
            QString date = normalizeDate(value);
            article.published = date.isEmpty() ? dateInText(value) : date;
            break;
        }
        case Field::Url:
            article.url = value;
            break;
        case Field::Author:
            article.author = value;
            break;
        case Field::Language:
            article.language = value.toLower().left(3).trimmed();
            break;
        }
        ++index;
    }
    // One "Key: value" line alone is more likely the text's own first line than a header.
    if (index - headerStart == 1 && article.title.isEmpty()) {
        article = Article();
        index = headerStart;
    }
    while (index < lines.size() && textOf(lines.at(index)).isEmpty())
        ++index;

    qsizetype bodyStart = index < lines.size() ? lines.at(index).start : normalized.size();
    if (article.title.isEmpty()) {
        // Furniture before the headline: "Uncategorized", "RSS News Feed", a date, a byline.
        qsizetype titleLine = index;
        while (titleLine < lines.size() && (textOf(lines.at(titleLine)).isEmpty() ||
                                            isFurnitureLine(textOf(lines.at(titleLine)))))
            ++titleLine;
        if (titleLine >= lines.size())
            titleLine = index; // nothing but furniture: the first line it is
        while (titleLine < lines.size() && textOf(lines.at(titleLine)).isEmpty())
            ++titleLine;
        if (titleLine >= lines.size())
            return makeError(ErrorCode::Empty, u"the file holds only white space"_s);
        QString title = textOf(lines.at(titleLine));
        if (markdown)
            title = stripMarkdownHeading(title);
        if (title.size() > kLongestTitle) {
            // A paragraph, not a headline: its first sentence names the article, and the
            // paragraph stays in the text.
            article.title = firstSentence(title);
            bodyStart = lines.at(titleLine).start;
        } else {
            article.title = title;
            bodyStart =
                titleLine + 1 < lines.size() ? lines.at(titleLine + 1).start : normalized.size();
        }
    }
    // Leading blank lines go; the paragraphs below stay exactly as written.
    QString body = normalized.mid(bodyStart);
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

} // namespace parallax
