// The news feeds of a library: name, outlet, articles, last refresh and its outcome. Reloads
// when the library says its feeds changed.
#pragma once

#include "session/libraryhost.h"
#include "storage/feedstore.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace parallax {

class Database;

class FeedListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        OutletColumn,
        ArticlesColumn,
        RefreshedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        FeedIdRole = Qt::UserRole + 1,
        UrlRole
    };

    explicit FeedListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FeedListModel)

    void setLibrary(LibraryRef library);
    void reload();
    qint64 feedId(int row) const { return m_feeds.value(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    LibraryRef m_library;
    QMetaObject::Connection m_changed;
    QList<Feed> m_feeds;
};

} // namespace parallax
