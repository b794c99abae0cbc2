#include "models/articlelistmodel.h"

#include "session/problems.h"
#include "storage/articlestore.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

template <typename Key> void sortBy(QList<ArticleSummary> &rows, Qt::SortOrder order, Key key)
{
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ArticleSummary &a, const ArticleSummary &b) {
                         return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
                     });
}

int compareText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

void ArticleListModel::sortRows(QList<ArticleSummary> &rows, int column, Qt::SortOrder order)
{
    switch (Column(column)) {
    case TitleColumn:
        std::stable_sort(rows.begin(), rows.end(),
                         [order](const ArticleSummary &a, const ArticleSummary &b) {
                             const int c = compareText(a.title, b.title);
                             return order == Qt::AscendingOrder ? c < 0 : c > 0;
                         });
        break;
    case OutletColumn:
        std::stable_sort(rows.begin(), rows.end(),
                         [order](const ArticleSummary &a, const ArticleSummary &b) {
                             const int c = compareText(a.outletName, b.outletName);
                             return order == Qt::AscendingOrder ? c < 0 : c > 0;
                         });
        break;
    case DateColumn:
        sortBy(rows, order, [](const ArticleSummary &a) { return a.published; });
        break;
    case LanguageColumn:
        sortBy(rows, order, [](const ArticleSummary &a) { return a.language; });
        break;
    case QuotesColumn:
        sortBy(rows, order, [](const ArticleSummary &a) { return a.quoteCount; });
        break;
    case PlacesColumn:
        sortBy(rows, order, [](const ArticleSummary &a) { return a.placeCount; });
        break;
    case ColumnCount:
        break;
    }
}

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArticleListModel::setDatabase(LibraryRef database)
{
    if (m_database)
        disconnect(m_database->notifier(), nullptr, this, nullptr);
    m_database = database;
    if (m_database) {
        connect(m_database->notifier(), &ChangeNotifier::changed, this,
                &ArticleListModel::applyChanges);
    }
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_database) {
        auto rows = ArticleStore(*m_database).list();
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            m_lastError = rows.error().message;
            Problems::report(lcModels, tr("Cannot list the articles"), m_lastError);
        }
    }
    if (m_sortColumn >= 0)
        sortRows(m_rows, m_sortColumn, m_sortOrder);
    rebuildRowIndex();
    endResetModel();
}

void ArticleListModel::applyChanges(const ChangeSet &changes)
{
    if (!changes.articlesAdded.isEmpty()) {
        reload(); // reads every row, changed ones included
        return;
    }
    for (const qint64 id : changes.articlesRemoved)
        removeArticle(id);
    QList<qint64> changed = changes.articlesUpdated;
    for (const qint64 id : changes.annotatedArticles) // their quotation and place counts
        if (!changed.contains(id))
            changed.append(id);
    for (const qint64 id : std::as_const(changed))
        updateArticle(id);
}

void ArticleListModel::updateArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_database)
        return;
    auto summary = ArticleStore(*m_database).summary(id);
    if (!summary) {
        Problems::report(lcModels, tr("Cannot update the article in the list"),
                         summary.error().message);
        return;
    }
    m_rows[row] = std::move(summary).value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::removeArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildRowIndex();
    endRemoveRows();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows.at(index.row());
    if (role == ArticleIdRole)
        return a.id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return a.title;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuotesColumn || index.column() == PlacesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn:
        return a.title;
    case OutletColumn:
        return a.outletName;
    case DateColumn:
        return role == SortRole ? a.published : a.published.left(10);
    case LanguageColumn:
        return a.language;
    case QuotesColumn:
        return a.quoteCount;
    case PlacesColumn:
        return a.placeCount;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Lang.");
    case QuotesColumn:
        return tr("Quotes");
    case PlacesColumn:
        return tr("Places");
    case ColumnCount:
        break;
    }
    return {};
}

const ArticleSummary *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    return m_rowOfId.value(articleId, -1);
}

void ArticleListModel::rebuildRowIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(before.size());
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    sortRows(m_rows, column, order);
    rebuildRowIndex();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_rowOfId.value(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace parallax
