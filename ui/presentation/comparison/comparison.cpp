#include "comparison/comparison.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Comparison", text);
}

QString runsHtml(const QList<align::DiffRun> &runs, bool left)
{
    QString html;
    for (const align::DiffRun &run : runs) {
        const QString words = (left ? run.left : run.right).toHtmlEscaped();
        if (words.isEmpty())
            continue;
        if (run.kind == align::DiffRun::Kind::Same)
            html += words + u' ';
        else if (left)
            html +=
                u"<span style='background:#f5b7b1;color:#000;text-decoration:line-through'>%1</span> "_s
                    .arg(words);
        else
            html += u"<span style='background:#abebc6;color:#000'>%1</span> "_s.arg(words);
    }
    return html.trimmed();
}

} // namespace

QString articleLabel(const ReadingData &data)
{
    return data.article.outletName.isEmpty() ? data.article.title : data.article.outletName;
}

void Comparison::setArticles(QList<ReadingData> articles)
{
    m_articles = std::move(articles);
    QList<QList<align::AlignableQuote>> quotes;
    for (const ReadingData &data : m_articles) {
        QList<align::AlignableQuote> list;
        for (const Annotation &a : data.annotations)
            if (a.kind == AnnotationKind::Quote && a.quoteClass != QuoteClass::Term)
                list.append(align::prepare({a.id, a.articleId, a.exact, a.personId, {}}));
        quotes.append(list);
    }
    m_groups = align::alignArticles(quotes);
    m_groupOf.clear();
    for (int g = 0; g < m_groups.size(); ++g)
        for (const qint64 id : m_groups.at(g).annotationIds)
            m_groupOf.insert(id, g);
}

QList<qint64> Comparison::counterparts(qint64 annotationId) const
{
    const int g = m_groupOf.value(annotationId, -1);
    if (g < 0)
        return {};
    QList<qint64> others = m_groups.at(g).annotationIds;
    others.removeAll(annotationId);
    return others;
}

int Comparison::articleIndexOf(qint64 annotationId) const
{
    for (int i = 0; i < m_articles.size(); ++i)
        if (m_articles.at(i).annotation(annotationId))
            return i;
    return -1;
}

const Annotation *Comparison::quote(qint64 annotationId) const
{
    const int i = articleIndexOf(annotationId);
    return i < 0 ? nullptr : m_articles.at(i).annotation(annotationId);
}

QList<align::DiffRun> Comparison::diff(qint64 leftAnnotation, qint64 rightAnnotation) const
{
    const Annotation *left = quote(leftAnnotation);
    const Annotation *right = quote(rightAnnotation);
    if (!left || !right)
        return {};
    return align::diffWords(left->exact, right->exact);
}

QList<ComparisonSummary> Comparison::summary() const
{
    QList<ComparisonSummary> rows;
    for (int i = 0; i < m_articles.size(); ++i) {
        const ReadingData &data = m_articles.at(i);
        ComparisonSummary row;
        row.articleId = data.article.id;
        row.title = data.article.title;
        row.outlet = data.article.outletName;
        QMap<QString, int> speakers;
        QMap<QString, QMap<QString, int>> places;
        QMap<QString, bool> sharedWith;
        for (const Annotation &a : data.annotations) {
            if (a.kind == AnnotationKind::Quote) {
                ++speakers[a.personId ? data.personName(a.personId) : tr("unknown speaker")];
                if (!m_groupOf.contains(a.id))
                    continue;
                ++row.statements;
                const QList<qint64> others = counterparts(a.id);
                if (!others.isEmpty())
                    ++row.shared;
                for (const qint64 other : others)
                    if (const int j = articleIndexOf(other); j >= 0)
                        sharedWith.insert(articleLabel(m_articles.at(j)), true);
            } else if (a.kind == AnnotationKind::PlaceMention && a.placeId) {
                ++places[data.placeName(a.placeId)][a.exact];
            }
        }
        for (auto it = speakers.cbegin(); it != speakers.cend(); ++it)
            row.speakers.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
        for (auto it = places.cbegin(); it != places.cend(); ++it) {
            QStringList spellings;
            for (auto s = it.value().cbegin(); s != it.value().cend(); ++s)
                if (s.key() != it.key())
                    spellings.append(u"“%1”"_s.arg(s.key()));
            row.places.append(spellings.isEmpty()
                                  ? it.key()
                                  : tr("%1 as %2").arg(it.key(), spellings.join(u", "_s)));
        }
        row.sharedWith = sharedWith.keys();
        rows.append(row);
    }
    return rows;
}

QString Comparison::summaryHtml() const
{
    QString html =
        u"<table cellspacing='0' cellpadding='5' border='1' style='border-collapse:collapse'>"
        u"<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            tr("Article"), tr("Speakers quoted"), tr("Places named"), tr("Statements"));
    for (const ComparisonSummary &row : summary()) {
        html +=
            u"<tr><td valign='top'><b>%1</b><br>%2</td><td valign='top'>%3</td>"
            u"<td valign='top'>%4</td><td valign='top'>%5</td></tr>"_s.arg(
                row.outlet.toHtmlEscaped(), row.title.toHtmlEscaped(), row.speakers.join(u"<br>"_s),
                row.places.join(u", "_s),
                tr("%1 of %2 shared%3")
                    .arg(row.shared)
                    .arg(row.statements)
                    .arg(row.sharedWith.isEmpty() ? QString()
                                                  : u" (%1)"_s.arg(row.sharedWith.join(u", "_s))));
    }
    html += u"</table>"_s;

    // The statements more than one article reports, each with every article's wording.
    QString shared;
    int number = 0;
    for (const align::StatementGroup &group : m_groups) {
        if (group.annotationIds.size() < 2)
            continue;
        shared += u"<p><b>%1.</b></p><ul>"_s.arg(++number);
        for (const qint64 id : group.annotationIds) {
            const int i = articleIndexOf(id);
            const Annotation *a = quote(id);
            if (i < 0 || !a)
                continue;
            shared += u"<li><i>%1</i>: “%2”</li>"_s.arg(
                articleLabel(m_articles.at(i)).toHtmlEscaped(), a->exact.toHtmlEscaped());
        }
        shared += u"</ul>"_s;
    }
    html += u"<h4>%1</h4>"_s.arg(tr("Statements reported by more than one article"));
    html += shared.isEmpty()
                ? u"<p>%1</p>"_s.arg(tr("None: each article quotes different statements."))
                : shared;
    return html;
}

QString Comparison::diffHtml(qint64 annotationId) const
{
    const Annotation *selected = quote(annotationId);
    if (!selected)
        return {};
    const int from = articleIndexOf(annotationId);
    QString html = u"<p><b>%1</b> — %2</p>"_s.arg(articleLabel(m_articles.at(from)).toHtmlEscaped(),
                                                  selected->exact.toHtmlEscaped());
    const QList<qint64> others = counterparts(annotationId);
    if (others.isEmpty())
        return html + u"<p><i>%1</i></p>"_s.arg(tr("Only this article reports this statement."));
    for (const qint64 other : others) {
        const QList<align::DiffRun> runs = diff(annotationId, other);
        const int j = articleIndexOf(other);
        html +=
            u"<hr><p><b>%1</b> — %2 %3</p><p style='margin-left:12px'>%4</p><p style='margin-left:12px'>%5</p>"_s
                .arg(articleLabel(m_articles.at(j)).toHtmlEscaped(),
                     tr("same statement, %1% of the words shared:")
                         .arg(qRound(align::sameWordShare(runs) * 100)),
                     QString(), runsHtml(runs, true), runsHtml(runs, false));
    }
    return html;
}

} // namespace parallax
