// A child process for the crash-safety test: tags passages through the EditSession as fast
// as it can and prints the id of each committed edit, until it is killed.
#include "editing/editsession.h"
#include "storage/articlestore.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace parallax;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto library = Database::open(QString::fromLocal8Bit(argv[1]), {.createIfMissing = false});
    if (!library)
        return 3;
    EditSession session(**library);
    auto listed = ArticleStore(**library).list();
    if (!listed || listed->isEmpty())
        return 4;
    QList<Article> articles;
    for (const ArticleSummary &summary : *listed)
        articles.append(*ArticleStore(**library).get(summary.id));
    const auto code = session.createCode(u"Killed midway"_s, u"#aa3344"_s);
    if (!code)
        return 5;
    std::printf("code %lld\n", qlonglong(*code));
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        const Article &article = articles.at(i % articles.size());
        const qsizetype start = (i * 7) % qMax<qsizetype>(1, article.body.size() - 40);
        const auto id = session.tagPassage(article.id, start, start + 20 + i % 15, *code);
        if (!id)
            return 6;
        // Undo and redo now and then, so the kill can land inside any kind of write.
        if (i % 5 == 4) {
            session.undoStack()->undo();
            session.undoStack()->redo();
        }
        std::printf("committed %lld\n", qlonglong(*id));
        std::fflush(stdout);
    }
}
