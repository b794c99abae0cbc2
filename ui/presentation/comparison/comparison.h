// Two to four articles read side by side: their quotations aligned into statements, the
// counterparts of a quotation, word diffs, and the summary of who says what where.
#pragma once

#include "align/quotealigner.h"
#include "align/worddiff.h"
#include "reading/readingdata.h"

#include <QHash>
#include <QList>

namespace parallax {

struct ComparisonSummary
{
    qint64 articleId = 0;
    QString title;
    QString outlet;
    QStringList speakers;   // "Vladimir Putin (8)"
    QStringList places;     // "Kyiv as “Kiev”"
    int statements = 0;     // quotations counted as statements
    int shared = 0;         // of which the other articles also report
    QStringList sharedWith; // the outlets (or titles) it shares statements with
};

class Comparison final
{
public:
    void setArticles(QList<ReadingData> articles);
    const QList<ReadingData> &articles() const { return m_articles; }
    const QList<align::StatementGroup> &groups() const { return m_groups; }

    // The same statement's quotations in the other articles; empty when only this one has it.
    QList<qint64> counterparts(qint64 annotationId) const;
    bool isAligned(qint64 annotationId) const { return !counterparts(annotationId).isEmpty(); }
    // The article a quotation belongs to, or -1.
    int articleIndexOf(qint64 annotationId) const;
    const Annotation *quote(qint64 annotationId) const;

    QList<align::DiffRun> diff(qint64 leftAnnotation, qint64 rightAnnotation) const;

    QList<ComparisonSummary> summary() const;
    // The summary and the aligned statements as one HTML page for a text browser.
    QString summaryHtml() const;
    // The selected quotation against each counterpart, words that differ marked.
    QString diffHtml(qint64 annotationId) const;

private:
    QList<ReadingData> m_articles;
    QList<align::StatementGroup> m_groups;
    QHash<qint64, int> m_groupOf; // annotation id -> index into m_groups
};

// A label for an article in summaries: its outlet, else its title.
QString articleLabel(const ReadingData &data);

} // namespace parallax
