#include "storage/articlelistreader.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace parallax {

using sql::columnText;

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
    const Status read = sql::forEachRow(
        sql::nativeHandle(database.connectionName()), statement, {},
        [&rows](sqlite3_stmt *row) {
            ArticleSummary s;
            s.id = sqlite3_column_int64(row, 0);
            s.title = columnText(row, 1);
            s.outletName = columnText(row, 2);
            s.author = columnText(row, 3);
            s.url = columnText(row, 4);
            s.published = columnText(row, 5);
            s.language = columnText(row, 6);
            s.importedAt = parseStoredTimestamp(columnText(row, 7));
            s.quoteCount = sqlite3_column_int(row, 8);
            s.placeCount = sqlite3_column_int(row, 9);
            rows.append(std::move(s));
        },
        u"list articles"_s);
    if (!read)
        return read.error();
    return rows;
}

} // namespace parallax
