#include "storage/articlelistreader.h"

#include "storage/database.h"
#include "storage/sqlite/rowreader.h"

using namespace Qt::StringLiterals;

namespace parallax {

QDateTime parseStoredTimestamp(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(10) != u'T' || text.at(23) != u'Z')
        return QDateTime::fromString(text, Qt::ISODateWithMs);
    auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return value;
    };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
                     QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

Result<QList<ArticleSummary>> readArticleList(const Database &database)
{
    // The counts come from article_stats, which triggers keep in step with the annotations;
    // the columns come from the covering index articles_list.
    const QByteArray statement =
        "SELECT a.id, a.title, o.name, a.author, a.url, a.published, a.language, a.imported_at, "
        "coalesce(c.quotes, 0), coalesce(c.places, 0) FROM articles a "
        "LEFT JOIN outlets o ON o.id = a.outlet_id "
        "LEFT JOIN article_stats c ON c.article_id = a.id ORDER BY a.id";
    QList<ArticleSummary> rows;
    rows.reserve(1024);
    const Status read = sqlite::forEachRow(
        database.connectionName(), statement, {},
        [&rows](const sqlite::Row &row) {
            ArticleSummary s;
            s.id = row.integer(0);
            s.title = row.text(1);
            s.outletName = row.text(2);
            s.author = row.text(3);
            s.url = row.text(4);
            s.published = row.text(5);
            s.language = row.text(6);
            s.importedAt = parseStoredTimestamp(row.text(7));
            s.quoteCount = int(row.integer(8));
            s.placeCount = int(row.integer(9));
            rows.append(std::move(s));
        },
        u"list articles"_s);
    if (!read)
        return read.error();
    return rows;
}

} // namespace parallax
