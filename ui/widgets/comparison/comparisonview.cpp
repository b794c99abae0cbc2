#include "comparison/comparisonview.h"

#include "reading/readingpane.h"

#include <QApplication>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    m_panes = new QSplitter(Qt::Horizontal);
    m_panes->setObjectName(u"comparisonPanes"_s);
    m_panes->setChildrenCollapsible(false);
    for (int i = 0; i < kMaxPanes; ++i) {
        auto *pane = new ReadingPane;
        pane->setObjectName(u"comparePane%1"_s.arg(i));
        pane->setAccessibleName(tr("Compared article %1").arg(i + 1));
        pane->hide();
        connect(pane, &ReadingPane::annotationActivated, this, [this, pane](qint64 id) {
            const Annotation *a = pane->article().annotation(id);
            if (a && a->kind == AnnotationKind::Quote)
                selectQuote(id);
            emit annotationActivated(pane->article().article.id, id);
        });
        connect(pane, &ReadingPane::showAllMentions, this, &ComparisonView::showAllMentions);
        connect(pane, &ReadingPane::findStatement, this, &ComparisonView::findStatement);
        m_panes->addWidget(pane);
        m_paneList.append(pane);
    }

    m_diff = new QTextBrowser;
    m_diff->setObjectName(u"statementDiff"_s);
    m_diff->setAccessibleName(tr("How the wordings differ"));
    m_summary = new QTextBrowser;
    m_summary->setObjectName(u"comparisonSummary"_s);
    m_summary->setAccessibleName(tr("Comparison summary"));
    m_details = new QTabWidget;
    m_details->setObjectName(u"comparisonDetails"_s);
    m_details->addTab(m_diff, tr("Wording"));
    m_details->addTab(m_summary, tr("Summary"));

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"comparisonSplitter"_s);
    split->addWidget(m_panes);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void ComparisonView::setLibrary(LibraryRef library)
{
    m_library = library;
    for (ReadingPane *pane : std::as_const(m_paneList))
        pane->setLibrary(library);
    clear();
}

QString ComparisonView::compare(const QList<qint64> &articleIds)
{
    if (!m_library)
        return tr("No library is open.");
    if (articleIds.size() < 2 || articleIds.size() > kMaxPanes)
        return tr("Choose two to four articles to compare.");
    QList<ReadingData> articles;
    for (const qint64 id : articleIds) {
        auto data = loadReadingData(*m_library, id);
        if (!data)
            return data.error().message;
        articles.append(std::move(data).value());
    }
    m_comparison.setArticles(articles);
    QList<int> sizes;
    for (int i = 0; i < kMaxPanes; ++i) {
        ReadingPane *pane = m_paneList.at(i);
        if (i < articles.size()) {
            pane->showArticle(articles.at(i));
            QSet<qint64> unshared;
            for (const Annotation &a : articles.at(i).annotations)
                if (a.kind == AnnotationKind::Quote && !m_comparison.isAligned(a.id))
                    unshared.insert(a.id);
            pane->setUnshared(unshared);
            pane->show();
            sizes.append(1000);
        } else {
            pane->clearArticle();
            pane->hide();
            sizes.append(0);
        }
    }
    m_panes->setSizes(sizes);
    m_summary->setHtml(m_comparison.summaryHtml());
    m_diff->setHtml(tr("<p>Select a quotation to see its counterparts in the other articles and "
                       "how their wordings differ. Quotations with a dashed underline are "
                       "reported by one article only.</p>"));
    // Open at the statement the articles share most closely, so the alignment shows at once.
    const align::StatementGroup *strongest = nullptr;
    for (const align::StatementGroup &group : m_comparison.groups())
        if (group.annotationIds.size() > 1 && (!strongest || group.score > strongest->score))
            strongest = &group;
    if (strongest)
        selectQuote(strongest->annotationIds.constFirst());
    return {};
}

void ComparisonView::clear()
{
    m_comparison.setArticles({});
    for (ReadingPane *pane : std::as_const(m_paneList)) {
        pane->clearArticle();
        pane->hide();
    }
    m_diff->clear();
    m_summary->clear();
}

int ComparisonView::paneCount() const
{
    return int(m_comparison.articles().size());
}

ReadingPane *ComparisonView::pane(int index) const
{
    return index >= 0 && index < m_paneList.size() ? m_paneList.at(index) : nullptr;
}

void ComparisonView::selectQuote(qint64 annotationId)
{
    const QList<qint64> others = m_comparison.counterparts(annotationId);
    const QSet<qint64> emphasised(others.cbegin(), others.cend());
    for (int i = 0; i < paneCount(); ++i) {
        ReadingPane *pane = m_paneList.at(i);
        if (pane->article().annotation(annotationId)) {
            pane->setEmphasised({});
            pane->selectAnnotation(annotationId, true);
            continue;
        }
        pane->setEmphasised(emphasised);
        qint64 counterpart = 0;
        for (const qint64 other : others)
            if (pane->article().annotation(other))
                counterpart = other;
        pane->selectAnnotation(counterpart, counterpart != 0);
    }
    m_diff->setHtml(m_comparison.diffHtml(annotationId));
    m_details->setCurrentWidget(m_diff);
}

void ComparisonView::setDarkPalette(bool dark)
{
    for (ReadingPane *pane : std::as_const(m_paneList))
        pane->setDarkPalette(dark);
}

void ComparisonView::focusPane(int step)
{
    const int count = paneCount();
    if (count == 0)
        return;
    int current = 0;
    for (int i = 0; i < count; ++i)
        if (m_paneList.at(i)->isAncestorOf(QApplication::focusWidget()))
            current = i;
    m_paneList.at((current + step + count) % count)->textView()->setFocus(Qt::TabFocusReason);
}

} // namespace parallax
