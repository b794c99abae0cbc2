// The library: one search box over the full-text index with snippets, facets (outlet,
// speaker, place, code, date range) and the sortable article list.
#pragma once

#include "session/libraryhost.h"
#include "storage/facetstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QThread;
class QTimer;

namespace parallax {

class ArticleListModel;
class Database;
class LibraryFilterModel;
class SearchResultModel;

class LibraryPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(QWidget *parent = nullptr);
    ~LibraryPanel() override;
    Q_DISABLE_COPY_MOVE(LibraryPanel)

    void setLibrary(LibraryRef library);
    ArticleListModel *articles() const { return m_articles; }
    LibraryFilterModel *filter() const { return m_filter; }
    QTableView *articleList() const { return m_list; }

    QList<qint64> selectedArticleIds() const;
    qint64 currentArticleId() const;
    void selectArticle(qint64 id);
    // Selects these articles, the first current, without reporting a change of article.
    void selectArticles(const QList<qint64> &ids);
    void focusSearch();
    // Filter by one facet value, as if chosen in its box.
    void filterBy(FacetKind kind, qint64 id);
    void clearFilters();

signals:
    void currentArticleChanged(qint64 articleId);
    void articleActivated(qint64 articleId);
    void selectionChanged();

private:
    void runSearch();
    void reloadFacets();
    void fillFacets(const QList<QList<FacetValue>> &values, const QStringList &errors);
    void applyFacet(FacetKind kind);
    void applyDates();
    void updateCount();
    QComboBox *facetBox(FacetKind kind) const;

    LibraryRef m_library;
    ArticleListModel *m_articles = nullptr;
    LibraryFilterModel *m_filter = nullptr;
    SearchResultModel *m_results = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_resultList = nullptr;
    QComboBox *m_facets[4] = {};
    QCheckBox *m_dateFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_facetTimer = nullptr;
    QThread *m_facetThread = nullptr;
    bool m_facetsStale = false;
};

} // namespace parallax
