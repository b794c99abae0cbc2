// parallax-cli search QUERY | stats
#include "clicontext.h"
#include "commands.h"
#include "jsonview.h"
#include "storage/articlestore.h"
#include "storage/database.h"
#include "storage/statsstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {

void configureSearch(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"QUERY"_s, u"Words to find; \"a phrase\", prefix*, OR, -exclude."_s, u"QUERY..."_s);
    parser.addOption({u"limit"_s, u"Show at most N hits (default 20)."_s, u"N"_s, u"20"_s});
}

int runSearch(Context &context)
{
    const QString query = context.parser().positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return context.usage(u"search needs words to look for"_s);
    bool ok = false;
    const int limit = context.parser().value(u"limit"_s).toInt(&ok);
    if (!ok || limit <= 0)
        return context.usage(u"--limit wants a positive number"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const auto hits = ArticleStore(*library).search(query, limit);
    if (!hits)
        return context.fail(InputsFailed, hits.error());
    QJsonArray array;
    QStringList lines;
    for (const SearchHit &hit : *hits) {
        array.append(searchHitJson(hit));
        lines.append(u"#%1  %2%3"_s.arg(hit.articleId)
                         .arg(hit.title, hit.outletName.isEmpty()
                                             ? QString()
                                             : u"  (%1)"_s.arg(hit.outletName)));
        lines.append(u"      "_s + hit.snippet.simplified());
    }
    lines.append(u"%1 hits"_s.arg(hits->size()));
    context.print(QJsonObject{{u"query"_s, query}, {u"hits"_s, array}}, lines.join(u'\n'));
    return Success;
}

void configureStats(QCommandLineParser &) {}

int runStats(Context &context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return context.usage(u"stats takes no arguments"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const auto stats = StatsStore(*library).read();
    if (!stats)
        return context.fail(InputsFailed, stats.error());
    QStringList lines{
        u"Library:     %1"_s.arg(library->path()),
        u"Articles:    %1 from %2 outlets"_s.arg(stats->articles).arg(stats->outlets),
        u"Quotes:      %1"_s.arg(stats->quotes),
        u"Places:      %1 mentions, %2 in the registry"_s.arg(stats->placeMentions)
            .arg(stats->places),
        u"People:      %1 in the registry"_s.arg(stats->people),
        u"Codes:       %1 codes, %2 codings"_s.arg(stats->codes).arg(stats->codings),
        u"Claims:      %1"_s.arg(stats->claims),
        u"Notes:       %1"_s.arg(stats->notes),
    };
    if (!stats->firstPublished.isEmpty())
        lines.insert(2, u"Published:   %1 to %2"_s.arg(stats->firstPublished.left(10),
                                                       stats->lastPublished.left(10)));
    for (const auto &[language, count] : stats->articlesByLanguage)
        lines.append(
            u"  language %1: %2"_s.arg(language.isEmpty() ? u"unknown"_s : language).arg(count));
    QJsonObject json = statsJson(*stats);
    json.insert(u"library"_s, library->path());
    context.print(json, lines.join(u'\n'));
    return Success;
}

} // namespace parallax::cli
