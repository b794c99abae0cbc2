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
    sqlite3 *db = sql::nativeHandle(database.connectionName());
    if (!db)
        return makeError(ErrorCode::Sql, u"the library connection is not SQLite"_s);
    // The counts come from article_stats, which triggers keep in step with the annotations;
    // the columns come from the covering index articles_list.
    const char *statementText =
        "SELECT a.id, a.title, o.name, a.author, a.url, a.published, a.language, a.imported_at, "
        "coalesce(c.quotes, 0), coalesce(c.places, 0) FROM articles a "
        "LEFT JOIN outlets o ON o.id = a.outlet_id "
        "LEFT JOIN article_stats c ON c.article_id = a.id ORDER BY a.id";
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, statementText, -1, &statement, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Sql, u"cannot list articles: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
    QList<ArticleSummary> rows;
    rows.reserve(1024);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        ArticleSummary s;
        s.id = sqlite3_column_int64(statement, 0);
        s.title = columnText(statement, 1);
        s.outletName = columnText(statement, 2);
        s.author = columnText(statement, 3);
        s.url = columnText(statement, 4);
        s.published = columnText(statement, 5);
        s.language = columnText(statement, 6);
        s.importedAt = parseStoredTimestamp(columnText(statement, 7));
        s.quoteCount = sqlite3_column_int(statement, 8);
        s.placeCount = sqlite3_column_int(statement, 9);
        rows.append(std::move(s));
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    if (step != SQLITE_DONE)
        return makeError(ErrorCode::Sql, u"cannot list articles: %1"_s.arg(error));
    return rows;
}

} // namespace parallax
