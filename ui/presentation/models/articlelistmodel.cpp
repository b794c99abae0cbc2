#include "models/articlelistmodel.h"

#include "storage/articlestore.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parallax {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ArticleListModel::setDatabase(const Database *database)
{
    if (m_database)
        disconnect(m_database->notifier(), nullptr, this, nullptr);
    m_database = database;
    if (m_database) {
        ChangeNotifier *notifier = m_database->notifier();
        connect(notifier, &ChangeNotifier::articlesAdded, this, &ArticleListModel::reload);
        connect(notifier, &ChangeNotifier::articleUpdated, this, &ArticleListModel::updateArticle);
        connect(notifier, &ChangeNotifier::articleRemoved, this, &ArticleListModel::removeArticle);
        connect(notifier, &ChangeNotifier::annotationsChanged, this, &ArticleListModel::updateArticle);
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
        if (rows)
            m_rows = std::move(rows).value();
        else
            m_lastError = rows.error().message;
    }
    endResetModel();
}

void ArticleListModel::updateArticle(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_database)
        return;
    auto summary = ArticleStore(*m_database).summary(id);
    if (!summary)
        return;
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
    if (role == Qt::TextAlignmentRole && (index.column() == QuotesColumn
                                          || index.column() == PlacesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn: return a.title;
    case OutletColumn: return a.outletName;
    case DateColumn: return role == SortRole ? a.published : a.published.left(10);
    case LanguageColumn: return a.language;
    case QuotesColumn: return a.quoteCount;
    case PlacesColumn: return a.placeCount;
    case ColumnCount: break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Title");
    case OutletColumn: return tr("Outlet");
    case DateColumn: return tr("Date");
    case LanguageColumn: return tr("Language");
    case QuotesColumn: return tr("Quotes");
    case PlacesColumn: return tr("Places");
    case ColumnCount: break;
    }
    return {};
}

const ArticleSummary *ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == articleId)
            return row;
    return -1;
}

} // namespace parallax
