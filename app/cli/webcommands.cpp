// parallax-cli import-url URL...   and   parallax-cli feed add|list|remove|refresh
#include "clicontext.h"
#include "commands.h"
#include "jsonview.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "web/webimporter.h"

#include <QJsonArray>
#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

std::atomic_bool g_stop{false};

extern "C" void onStop(int)
{
    g_stop = true;
}

// Ctrl+C stops between pages and keeps what was stored.
class InterruptScope
{
public:
    InterruptScope()
    {
        g_stop = false;
        std::signal(SIGINT, onStop);
        std::signal(SIGTERM, onStop);
    }
    ~InterruptScope()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
};

FetchOptions fetchOptions(QCommandLineParser &parser)
{
    FetchOptions options;
    if (parser.isSet(u"timeout"_s))
        options.timeoutMs = qMax(1, parser.value(u"timeout"_s).toInt()) * 1000;
    return options;
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray files;
    for (const FileImportResult &result : report.files)
        files.append(importResultJson(result));
    return QJsonObject{{u"files"_s, files},
                       {u"imported"_s, report.count(ImportOutcome::Imported)},
                       {u"duplicates"_s, report.count(ImportOutcome::Duplicate)},
                       {u"failed"_s, report.count(ImportOutcome::Failed)},
                       {u"cancelled"_s, report.cancelled}};
}

QJsonObject feedJson(const Feed &feed)
{
    return QJsonObject{
        {u"id"_s, feed.id},
        {u"url"_s, feed.url},
        {u"title"_s, feed.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(feed.title)},
        {u"outlet"_s,
         feed.outletName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(feed.outletName)},
        {u"added_at"_s, feed.addedAt.toString(Qt::ISODate)},
        {u"refreshed_at"_s, feed.refreshedAt.isValid()
                                ? QJsonValue(feed.refreshedAt.toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null)},
        {u"last_error"_s,
         feed.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(feed.lastError)},
        {u"items"_s, feed.itemCount},
        {u"articles"_s, feed.articleCount}};
}

int feedAdd(Context &context, const QStringList &args, Database &library)
{
    if (args.size() != 2)
        return context.usage(u"feed add wants one feed URL"_s);
    const QString url = args.at(1).trimmed();
    if (!isFetchableUrl(QUrl(url)))
        return context.fail(InputsFailed, {ErrorCode::InvalidInput,
                                           u"%1 is not an http or https address"_s.arg(url)});
    Result<qint64> id = FeedStore(library).add(url, context.parser().value(u"title"_s),
                                               context.parser().value(u"outlet"_s));
    if (!id)
        return context.fail(InputsFailed, id.error());
    context.print(QJsonObject{{u"id"_s, *id}, {u"url"_s, url}},
                  u"subscribed to %1 as feed %2"_s.arg(url).arg(*id));
    return Success;
}

int feedList(Context &context, Database &library)
{
    Result<QList<Feed>> feeds = FeedStore(library).list();
    if (!feeds)
        return context.fail(InputsFailed, feeds.error());
    QJsonArray rows;
    QStringList lines;
    for (const Feed &feed : std::as_const(*feeds)) {
        rows.append(feedJson(feed));
        lines.append(u"%1  %2  %3  %4 articles%5"_s.arg(feed.id, 4)
                         .arg(feed.title.isEmpty() ? feed.url : feed.title, feed.url)
                         .arg(feed.articleCount)
                         .arg(feed.lastError.isEmpty()
                                  ? QString()
                                  : u"  (last refresh: %1)"_s.arg(feed.lastError)));
    }
    if (lines.isEmpty())
        lines.append(u"no feeds; add one with: parallax-cli feed add URL"_s);
    context.print(QJsonObject{{u"feeds"_s, rows}}, lines.join(u'\n'));
    return Success;
}

int feedRemove(Context &context, const QStringList &args, Database &library)
{
    if (args.size() != 2)
        return context.usage(u"feed remove wants one feed id"_s);
    bool ok = false;
    const qint64 id = args.at(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(u"feed remove wants a feed id such as 3"_s);
    if (Status removed = FeedStore(library).remove(id); !removed)
        return context.fail(InputsFailed, removed.error());
    context.print(QJsonObject{{u"removed"_s, id}},
                  u"removed feed %1 (its articles stay)"_s.arg(id));
    return Success;
}

int feedRefresh(Context &context, const QStringList &args, Database &library)
{
    QList<qint64> ids;
    for (qsizetype i = 1; i < args.size(); ++i) {
        bool ok = false;
        const qint64 id = args.at(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.usage(u"feed refresh wants feed ids such as 3"_s);
        ids.append(id);
    }
    const InterruptScope interrupt;
    const auto progress = [&context](qsizetype done, qsizetype total, const QString &current) {
        if (!current.isEmpty())
            context.progress(
                u"refreshing feed %1 of %2: %3"_s.arg(done + 1).arg(total).arg(current));
    };
    const QList<FeedRefreshResult> results =
        WebImporter(library, fetchOptions(context.parser())).refreshFeeds(ids, progress, &g_stop);
    QJsonArray rows;
    QStringList lines;
    bool anyFailed = false;
    for (const FeedRefreshResult &result : results) {
        QJsonObject row = reportJson(result.report);
        row.insert(u"feed"_s, result.feedId);
        row.insert(u"title"_s, result.feedTitle);
        row.insert(u"new_items"_s, result.newItems);
        row.insert(u"error"_s, result.error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(result.error));
        row.insert(u"warning"_s, result.warning.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(result.warning));
        rows.append(row);
        if (!result.error.isEmpty()) {
            anyFailed = true;
            lines.append(
                u"feed %1 (%2): %3"_s.arg(result.feedId).arg(result.feedTitle, result.error));
            continue;
        }
        lines.append(
            u"feed %1 (%2): %3 new, %4 imported, %5 duplicate, %6 failed%7"_s.arg(result.feedId)
                .arg(result.feedTitle)
                .arg(result.newItems)
                .arg(result.report.count(ImportOutcome::Imported))
                .arg(result.report.count(ImportOutcome::Duplicate))
                .arg(result.report.count(ImportOutcome::Failed))
                .arg(result.warning.isEmpty() ? QString() : u" (%1)"_s.arg(result.warning)));
        for (const FileImportResult &file : result.report.files)
            if (!context.quiet() || file.outcome == ImportOutcome::Failed)
                lines.append(u"  "_s + importResultLine(file));
        anyFailed = anyFailed || result.report.anyFailed();
    }
    if (results.isEmpty())
        lines.append(ids.isEmpty()
                         ? u"no feeds to refresh; add one with: parallax-cli feed add URL"_s
                         : u"no such feed"_s);
    context.print(QJsonObject{{u"feeds"_s, rows}}, lines.join(u'\n'));
    return anyFailed || (results.isEmpty() && !ids.isEmpty()) ? InputsFailed : Success;
}

} // namespace

void configureImportUrl(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, u"Addresses of web pages (http or https)."_s,
                                 u"URL..."_s);
    parser.addOption(
        {u"timeout"_s, u"Give up on a page after SECONDS (default 30)."_s, u"SECONDS"_s});
}

int runImportUrl(Context &context)
{
    const QStringList urls = context.parser().positionalArguments();
    if (urls.isEmpty())
        return context.usage(u"import-url needs at least one address"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const InterruptScope interrupt;
    const auto progress = [&context](qsizetype done, qsizetype total, const QString &current) {
        if (!current.isEmpty() && total > 1)
            context.progress(u"fetching %1 of %2: %3"_s.arg(done + 1).arg(total).arg(current));
    };
    const ImportReport report =
        WebImporter(*library, fetchOptions(context.parser())).importUrls(urls, progress, &g_stop);
    QStringList lines;
    for (const FileImportResult &result : report.files)
        if (!context.quiet() || result.outcome == ImportOutcome::Failed)
            lines.append(importResultLine(result));
    lines.append(
        u"%1 imported, %2 duplicate, %3 failed%4"_s.arg(report.count(ImportOutcome::Imported))
            .arg(report.count(ImportOutcome::Duplicate))
            .arg(report.count(ImportOutcome::Failed))
            .arg(report.cancelled ? u" (cancelled)"_s : QString()));
    context.print(reportJson(report), lines.join(u'\n'));
    return report.anyFailed() ? InputsFailed : Success;
}

void configureFeed(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ACTION"_s, u"add URL | list | remove ID | refresh [ID...]"_s);
    parser.addOption(
        {u"outlet"_s, u"With add: file the feed's articles under this outlet."_s, u"NAME"_s});
    parser.addOption(
        {u"title"_s, u"With add: the feed's name (default: the feed's own title)."_s, u"TITLE"_s});
    parser.addOption({u"timeout"_s,
                      u"With refresh: give up on a page after SECONDS (default 30)."_s,
                      u"SECONDS"_s});
}

int runFeed(Context &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.isEmpty())
        return context.usage(
            u"feed wants an action: add URL, list, remove ID or refresh [ID...]"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const QString action = args.front();
    if (action == "add"_L1)
        return feedAdd(context, args, *library);
    if (action == "list"_L1)
        return feedList(context, *library);
    if (action == "remove"_L1 || action == "rm"_L1)
        return feedRemove(context, args, *library);
    if (action == "refresh"_L1)
        return feedRefresh(context, args, *library);
    return context.usage(
        u"feed does not know '%1': use add, list, remove or refresh"_s.arg(action));
}

} // namespace parallax::cli
