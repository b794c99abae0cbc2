#include "models/feedlistmodel.h"

#include "session/problems.h"
#include "storage/changenotifier.h"
#include "storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parallax {

FeedListModel::FeedListModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeedListModel::setLibrary(LibraryRef library)
{
    disconnect(m_changed);
    m_library = library;
    if (m_library)
        m_changed = connect(m_library->notifier(), &ChangeNotifier::changed, this,
                            [this](const ChangeSet &c) {
                                if (c.feeds)
                                    reload();
                            });
    reload();
}

void FeedListModel::reload()
{
    beginResetModel();
    m_feeds.clear();
    if (m_library) {
        if (Result<QList<Feed>> feeds = FeedStore(*m_library).list())
            m_feeds = *feeds;
        else
            Problems::report(lcModels, tr("Cannot list the feeds"), feeds.error().message);
    }
    endResetModel();
}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

int FeedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Feed &feed = m_feeds.at(index.row());
    if (role == FeedIdRole)
        return feed.id;
    if (role == UrlRole)
        return feed.url;
    if (role == Qt::ToolTipRole)
        return feed.lastError.isEmpty() ? feed.url
                                        : tr("%1\nLast refresh: %2").arg(feed.url, feed.lastError);
    if (role == Qt::TextAlignmentRole && index.column() == ArticlesColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return feed.title.isEmpty() ? feed.url : feed.title;
    case OutletColumn:
        return feed.outletName;
    case ArticlesColumn:
        return feed.articleCount;
    case RefreshedColumn:
        return feed.refreshedAt.isValid()
                   ? QLocale().toString(feed.refreshedAt.toLocalTime(), QLocale::ShortFormat)
                   : tr("never");
    case StatusColumn:
        if (!feed.refreshedAt.isValid())
            return QString();
        return feed.lastError.isEmpty() ? tr("OK") : tr("Failed: %1").arg(feed.lastError);
    default:
        return {};
    }
}

QVariant FeedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Feed");
    case OutletColumn:
        return tr("Outlet");
    case ArticlesColumn:
        return tr("Articles");
    case RefreshedColumn:
        return tr("Refreshed");
    case StatusColumn:
        return tr("Last Refresh");
    default:
        return {};
    }
}

} // namespace parallax
