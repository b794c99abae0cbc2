#include "models/libraryfiltermodel.h"

#include "models/articlelistmodel.h"

namespace parallax {

LibraryFilterModel::LibraryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void LibraryFilterModel::setArticleModel(ArticleListModel *model)
{
    m_articles = model;
    setSourceModel(model);
}

void LibraryFilterModel::setOutlet(const QString &outlet)
{
    m_outlet = outlet;
    invalidateRowsFilter();
}

void LibraryFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void LibraryFilterModel::setRestriction(const QString &name, std::optional<QSet<qint64>> ids)
{
    if (ids)
        m_restrictions.insert(name, std::move(*ids));
    else
        m_restrictions.remove(name);
    invalidateRowsFilter();
}

void LibraryFilterModel::clearFilters()
{
    m_outlet.clear();
    m_from = {};
    m_to = {};
    m_restrictions.clear();
    invalidateRowsFilter();
}

bool LibraryFilterModel::isFiltered() const
{
    return !m_outlet.isEmpty() || m_from.isValid() || m_to.isValid() || !m_restrictions.isEmpty();
}

void LibraryFilterModel::sort(int column, Qt::SortOrder order)
{
    // Sorting the plain rows in the source is much faster than comparing QVariants here.
    if (m_articles)
        m_articles->sort(column, order);
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_articles)
        return true;
    const ArticleSummary *article = m_articles->articleAt(sourceRow);
    if (!article)
        return false;
    if (!m_outlet.isEmpty() && article->outletName.compare(m_outlet, Qt::CaseInsensitive) != 0)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = QDate::fromString(article->published.left(10), Qt::ISODate);
        if (!date.isValid() || (m_from.isValid() && date < m_from) ||
            (m_to.isValid() && date > m_to))
            return false;
    }
    for (const QSet<qint64> &allowed : m_restrictions)
        if (!allowed.contains(article->id))
            return false;
    return true;
}

} // namespace parallax
