#include "import/reanalyser.h"

#include "import/findingrecorder.h"
#include "storage/annotationstore.h"
#include "storage/articlestore.h"
#include "storage/changeset.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace parallax {

Result<ReanalysisReport> reanalyse(const Database &database, const QList<qint64> &ids,
                                   const std::function<void(qsizetype, qsizetype)> &progress,
                                   const std::atomic_bool *cancel)
{
    ArticleStore articles(database);
    QList<qint64> targets = ids;
    if (targets.isEmpty()) {
        Result<QList<ArticleSummary>> all = articles.list();
        if (!all)
            return all.error();
        for (const ArticleSummary &summary : *all)
            targets.append(summary.id);
    }
    Result<std::shared_ptr<const analysis::Analyser>> analyser = libraryAnalyser(database);
    if (!analyser)
        return analyser.error();
    FindingRecorder recorder(database, **analyser);
    AnnotationStore annotations(database);

    ReanalysisReport report;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        Result<Article> article = articles.get(targets.at(i));
        if (!article)
            return article.error();
        const analysis::Analysis findings = analyseArticle(**analyser, *article);

        Transaction transaction(database.connectionName());
        if (!transaction.status())
            return transaction.status().error();
        Result<int> removed = annotations.removeReplaceableAuto(article->id);
        if (!removed)
            return removed.error();
        Result<QList<Annotation>> kept = annotations.forArticle(article->id, true);
        if (!kept)
            return kept.error();
        if (Status recorded = recorder.record(article->id, article->body, findings, *kept);
            !recorded)
            return recorded.error();
        if (Status versioned = articles.setAnalyserVersion(article->id, analysis::kAnalyserVersion);
            !versioned)
            return versioned.error();
        // The findings went in through the bulk writer, which records nothing itself.
        recordChange(database.connectionName(),
                     [id = article->id](ChangeSet &c) { c.annotatedArticles.append(id); });
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        ++report.articles;
        report.removed += *removed;
        report.kept += int(kept->size());
        if (progress)
            progress(i + 1, targets.size());
    }
    return report;
}

} // namespace parallax
