// parallax-cli list | show ID | set ID ... | rm ID
#include "clicontext.h"
#include "commands.h"
#include "import/metadata.h"
#include "jsonview.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parallax::cli {
namespace {

QString column(const QString &text, int width)
{
    const QString shown = text.size() > width ? text.left(width - 1) + u'…' : text;
    return shown.leftJustified(width);
}

int articleArgument(Context &context, qint64 &id)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() != 1)
        return context.usage(u"%1 needs exactly one article id"_s.arg(context.command().name));
    const auto parsed = parseId(args.constFirst());
    if (!parsed)
        return context.usage(u"'%1' is not an article id"_s.arg(args.constFirst()));
    id = *parsed;
    return Success;
}

} // namespace

void configureList(QCommandLineParser &parser)
{
    parser.addOption({u"outlet"_s, u"Only articles from this outlet."_s, u"NAME"_s});
    parser.addOption(
        {u"language"_s, u"Only articles in this language (en, ru, uk, ...)."_s, u"CODE"_s});
}

int runList(Context &context)
{
    if (!context.parser().positionalArguments().isEmpty())
        return context.usage(u"list takes no arguments"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const auto rows = ArticleStore(*library).list();
    if (!rows)
        return context.fail(InputsFailed, rows.error());
    const QString outlet = context.parser().value(u"outlet"_s);
    const QString language = context.parser().value(u"language"_s);
    QJsonArray articles;
    QStringList lines{u"%1  %2  %3  %4  %5"_s.arg(u"ID"_s.rightJustified(6), column(u"DATE"_s, 10),
                                                  column(u"LANG"_s, 4), column(u"OUTLET"_s, 20),
                                                  u"TITLE"_s)};
    for (const ArticleSummary &a : *rows) {
        if (!outlet.isEmpty() && a.outletName.compare(outlet, Qt::CaseInsensitive) != 0)
            continue;
        if (!language.isEmpty() && a.language != language)
            continue;
        articles.append(articleSummaryJson(a));
        lines.append(u"%1  %2  %3  %4  %5"_s.arg(
            QString::number(a.id).rightJustified(6), column(a.published.left(10), 10),
            column(a.language, 4), column(a.outletName, 20), a.title));
    }
    lines.append(u"%1 articles"_s.arg(articles.size()));
    context.print(QJsonObject{{u"articles"_s, articles}}, lines.join(u'\n'));
    return Success;
}

void configureShow(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ID"_s, u"The article to show."_s);
    parser.addOption({u"no-body"_s, u"Print the metadata only."_s});
}

int runShow(Context &context)
{
    qint64 id = 0;
    if (const int status = articleArgument(context, id); status != Success)
        return status;
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    const auto article = ArticleStore(*library).get(id);
    if (!article)
        return context.fail(InputsFailed, article.error());
    const bool withBody = !context.parser().isSet(u"no-body"_s);
    QStringList lines{article->title, QString()};
    const QList<QPair<QString, QString>> fields{{u"Outlet"_s, article->outletName},
                                                {u"Author"_s, article->author},
                                                {u"Published"_s, article->published},
                                                {u"Language"_s, article->language},
                                                {u"URL"_s, article->url},
                                                {u"Source"_s, article->sourcePath}};
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            lines.append(u"%1: %2"_s.arg(label, value));
    if (withBody)
        lines << QString() << article->body;
    context.print(QJsonObject{{u"article"_s, articleJson(*article, withBody)}}, lines.join(u'\n'));
    return Success;
}

void configureSet(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ID"_s, u"The article to change."_s);
    parser.addOption({u"title"_s, u"New title."_s, u"TEXT"_s});
    parser.addOption({u"outlet"_s, u"Outlet name (empty to clear)."_s, u"NAME"_s});
    parser.addOption({u"date"_s, u"Publication date, ISO 8601 (empty to clear)."_s, u"DATE"_s});
    parser.addOption({u"author"_s, u"Author (empty to clear)."_s, u"NAME"_s});
    parser.addOption({u"url"_s, u"Web address (empty to clear)."_s, u"URL"_s});
    parser.addOption(
        {u"language"_s, u"Language code such as en, ru, uk (empty to clear)."_s, u"CODE"_s});
}

int runSet(Context &context)
{
    qint64 id = 0;
    if (const int status = articleArgument(context, id); status != Success)
        return status;
    QCommandLineParser &p = context.parser();
    ArticleMetadataPatch patch;
    const auto take = [&p](const QString &name, std::optional<QString> &field) {
        if (p.isSet(name))
            field = p.value(name).trimmed();
    };
    take(u"title"_s, patch.title);
    take(u"outlet"_s, patch.outletName);
    take(u"author"_s, patch.author);
    take(u"url"_s, patch.url);
    take(u"language"_s, patch.language);
    take(u"date"_s, patch.published);
    if (patch.published && !patch.published->isEmpty()) {
        const QString date = normalizeDate(*patch.published);
        if (date.isEmpty())
            return context.usage(
                u"'%1' is not a date (use e.g. 2024-06-20)"_s.arg(*patch.published));
        patch.published = date;
    }
    if (patch.title && patch.title->isEmpty())
        return context.usage(u"the title cannot be empty"_s);
    if (patch.isEmpty())
        return context.usage(u"set needs at least one of --title, --outlet, --date, --author, "
                             u"--url, --language"_s);
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    ArticleStore store(*library);
    if (Status updated = store.updateMetadata(id, patch); !updated)
        return context.fail(InputsFailed, updated.error());
    const auto article = store.get(id);
    if (!article)
        return context.fail(InputsFailed, article.error());
    context.print(QJsonObject{{u"article"_s, articleJson(*article, false)}},
                  u"updated article %1: %2"_s.arg(id).arg(article->title));
    return Success;
}

void configureRemove(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"ID"_s, u"The article to remove, with all its annotations."_s);
}

int runRemove(Context &context)
{
    qint64 id = 0;
    if (const int status = articleArgument(context, id); status != Success)
        return status;
    Database *library = context.library();
    if (!library)
        return InputsFailed;
    if (Status removed = ArticleStore(*library).remove(id); !removed)
        return context.fail(InputsFailed, removed.error());
    context.print(QJsonObject{{u"removed"_s, id}}, u"removed article %1"_s.arg(id));
    return Success;
}

} // namespace parallax::cli
