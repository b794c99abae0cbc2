// The article list as filtered by the library's facets: outlet, date range and a set of
// allowed articles (from a speaker, place or code facet, or a search). Sorting is done by
// the article model itself, on its plain rows.
#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace parallax {

class ArticleListModel;

class LibraryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LibraryFilterModel)

    void setArticleModel(ArticleListModel *model);

    void setOutlet(const QString &outlet);                 // empty: every outlet
    void setDateRange(const QDate &from, const QDate &to); // null dates leave that end open
    // Only these articles; nullopt: no restriction. Several restrictions intersect.
    void setRestriction(const QString &name, std::optional<QSet<qint64>> ids);
    void clearFilters();
    bool isFiltered() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ArticleListModel *m_articles = nullptr;
    QString m_outlet;
    QDate m_from;
    QDate m_to;
    QHash<QString, QSet<qint64>> m_restrictions;
};

} // namespace parallax
