#include "storage/sqlite/librarysalvage.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <atomic>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Parents before children, so a child whose parent was lost can be told apart.
const QStringList kTables{
    u"outlets"_s,        u"articles"_s,     u"article_sources"_s, u"people"_s,
    u"person_aliases"_s, u"person_roles"_s, u"places"_s,          u"place_aliases"_s,
    u"codes"_s,          u"annotations"_s,  u"claims"_s,          u"claim_appearances"_s,
    u"notes"_s,          u"feeds"_s,        u"feed_items"_s,
};
constexpr int kBatch = 256;
constexpr qint64 kProbeAhead = 4096; // rowids tried one by one past a page that cannot be read

QString nextName()
{
    static std::atomic<quint64> counter{0};
    return u"parallax-salvage-%1"_s.arg(++counter);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

class TableCopier
{
public:
    TableCopier(const QSqlDatabase &from, const Database &to, const QString &table)
        : m_from(from), m_to(to), m_table(table)
    {
        const QStringList target = columnsOf(m_to.handle(), table);
        for (const QString &column : columnsOf(from, table))
            if (target.contains(column))
                m_columns.append(column);
    }

    Result<SalvagedTable> run()
    {
        SalvagedTable result{m_table, 0, 0};
        if (m_columns.isEmpty())
            return result;
        const QString list = m_columns.join(u", "_s);
        const QString placeholders = QStringList(m_columns.size(), u"?"_s).join(u", "_s);
        m_insert = u"INSERT OR IGNORE INTO %1 (%2) VALUES (%3)"_s.arg(m_table, list, placeholders);
        qint64 last = -1;
        for (;;) {
            QSqlQuery read(m_from);
            read.setForwardOnly(true);
            const bool ok =
                read.exec(u"SELECT rowid, %1 FROM %2 WHERE rowid > %3 ORDER BY rowid LIMIT %4"_s
                              .arg(list, m_table)
                              .arg(last)
                              .arg(kBatch));
            QList<QVariantList> rows;
            qint64 lastRead = last;
            while (ok && read.next()) {
                lastRead = read.value(0).toLongLong();
                QVariantList values;
                for (int i = 1; i <= m_columns.size(); ++i)
                    values.append(read.value(i));
                rows.append(values);
            }
            const bool failed = !ok || read.lastError().isValid();
            for (const QVariantList &values : std::as_const(rows))
                if (Status done = insert(values); !done)
                    return done.error();
            result.copied += rows.size();
            if (!failed) {
                if (rows.size() < kBatch)
                    break;
                last = lastRead;
                continue;
            }
            // A page could not be read: try the rows after it one by one.
            const std::optional<qint64> resumed = probe(lastRead, result);
            if (!resumed)
                break;
            last = *resumed;
        }
        return result;
    }

private:
    Status insert(const QVariantList &values)
    {
        auto query = sql::prepare(m_to.connectionName(), m_insert);
        if (!query)
            return query.error();
        for (const QVariant &value : values)
            query->addBindValue(value);
        return sql::exec(*query, u"cannot copy a row of %1"_s.arg(m_table));
    }

    // Reads single rows past the damage, counting those that cannot be read (a gap in the ids
    // reads as no row, without an error); the rowid to go on from, or none when nothing more
    // could be read.
    std::optional<qint64> probe(qint64 after, SalvagedTable &result)
    {
        const QString list = m_columns.join(u", "_s);
        for (qint64 rowid = after + 1; rowid <= after + kProbeAhead; ++rowid) {
            QSqlQuery read(m_from);
            const bool found =
                read.exec(u"SELECT %1 FROM %2 WHERE rowid = %3"_s.arg(list, m_table).arg(rowid)) &&
                read.next();
            if (!found) {
                if (read.lastError().isValid())
                    ++result.lost;
                continue;
            }
            QVariantList values;
            for (int i = 0; i < m_columns.size(); ++i)
                values.append(read.value(i));
            if (!insert(values)) {
                ++result.lost;
                continue;
            }
            ++result.copied;
            return rowid;
        }
        if (result.lost == 0)
            ++result.lost; // the damage hid the rows themselves: at least one is gone
        return std::nullopt;
    }

    const QSqlDatabase &m_from;
    const Database &m_to;
    QString m_table;
    QStringList m_columns;
    QString m_insert;
};

// Rows whose parent row was lost go too, so the new library is consistent; they are counted
// as lost in their table.
Status dropOrphans(const Database &to, SalvageReport &report)
{
    for (int round = 0; round < 8; ++round) {
        QSqlQuery check(to.handle());
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            return sql::errorFrom(check, u"cannot check the salvaged library"_s);
        QList<std::pair<QString, qint64>> orphans;
        while (check.next())
            orphans.append({check.value(0).toString(), check.value(1).toLongLong()});
        if (orphans.isEmpty())
            return {};
        for (const auto &[table, rowid] : std::as_const(orphans)) {
            if (Status done =
                    sql::execDirect(to.connectionName(),
                                    u"DELETE FROM %1 WHERE rowid = %2"_s.arg(table).arg(rowid));
                !done)
                return done;
            for (SalvagedTable &counts : report.tables)
                if (counts.table == table) {
                    --counts.copied;
                    ++counts.lost;
                }
        }
    }
    return {};
}

} // namespace

qint64 SalvageReport::copied() const
{
    qint64 total = 0;
    for (const SalvagedTable &table : tables)
        total += table.copied;
    return total;
}

qint64 SalvageReport::lost() const
{
    qint64 total = 0;
    for (const SalvagedTable &table : tables)
        total += table.lost;
    return total;
}

Result<SalvageReport> salvageLibrary(const QString &damagedPath, const QString &newPath,
                                     const std::function<bool(const QString &)> &progress)
{
    if (!QFileInfo(damagedPath).isFile())
        return makeError(ErrorCode::NotFound,
                         u"no library at %1"_s.arg(QDir::toNativeSeparators(damagedPath)));
    if (QFileInfo::exists(newPath))
        return makeError(
            ErrorCode::InvalidInput,
            u"%1 already exists; salvage into a new file"_s.arg(QDir::toNativeSeparators(newPath)));
    Result<SalvageReport> outcome = [&]() -> Result<SalvageReport> {
        auto target = Database::open(newPath);
        if (!target)
            return target.error();
        const Database &to = **target;
        const QString name = nextName();
        SalvageReport report;
        Status result;
        {
            QSqlDatabase from = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            from.setDatabaseName(damagedPath);
            from.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!from.open()) {
                result =
                    makeError(ErrorCode::Io,
                              u"cannot read %1: %2"_s.arg(damagedPath, from.lastError().text()));
            } else if (QSqlQuery schema(from);
                       !schema.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
                result = makeError(
                    ErrorCode::Damaged,
                    u"the list of tables in %1 is damaged too (%2), so no table can be read from it"_s
                        .arg(QDir::toNativeSeparators(damagedPath), schema.lastError().text()));
            } else {
                result = sql::execDirect(to.connectionName(), u"PRAGMA foreign_keys = OFF"_s);
                Transaction transaction(to.connectionName());
                if (result)
                    result = transaction.status();
                for (qsizetype i = 0; result && i < kTables.size(); ++i) {
                    if (progress && !progress(kTables.at(i))) {
                        result = makeError(ErrorCode::Cancelled, u"the salvage was cancelled"_s);
                        break;
                    }
                    auto copied = TableCopier(from, to, kTables.at(i)).run();
                    if (!copied)
                        result = copied.error();
                    else
                        report.tables.append(*copied);
                }
                if (result)
                    result = dropOrphans(to, report);
                for (const QString &rebuild :
                     {u"INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"_s,
                      u"INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')"_s,
                      u"DELETE FROM article_stats"_s,
                      u"INSERT INTO article_stats (article_id, quotes, places) "
                      u"SELECT article_id, sum(kind = 'quote'), sum(kind = 'place') FROM "
                      u"annotations "
                      u"WHERE status <> 'rejected' AND (kind = 'quote' OR kind = 'place') "
                      u"GROUP BY article_id"_s})
                    if (result)
                        result = sql::execDirect(to.connectionName(), rebuild);
                if (result)
                    result = transaction.commit();
            }
            from.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (Status on = sql::execDirect(to.connectionName(), u"PRAGMA foreign_keys = ON"_s);
            result && !on)
            result = on;
        if (!result)
            return result.error();
        return report;
    }();
    if (!outcome) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(newPath + suffix);
    }
    return outcome;
}

} // namespace parallax
