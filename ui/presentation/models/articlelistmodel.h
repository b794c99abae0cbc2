// The library's article list as a table model: plain rows loaded by one store call.
#pragma once

#include "domain/article.h"
#include "session/libraryhost.h"
#include "storage/changeset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace parallax {

class Database;

class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        OutletColumn,
        DateColumn,
        LanguageColumn,
        QuotesColumn,
        PlacesColumn,
        ColumnCount
    };
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit ArticleListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ArticleListModel)

    // Shows the articles of database and follows its changes; nullptr empties the model.
    void setDatabase(LibraryRef database);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ArticleSummary *articleAt(int row) const;
    int rowOf(qint64 articleId) const;
    QString lastError() const { return m_lastError; }

private:
    // One commit's changes (ChangeNotifier::changed): each row read once.
    void applyChanges(const ChangeSet &changes);
    void updateArticle(qint64 id);
    void removeArticle(qint64 id);

    void rebuildRowIndex();
    static void sortRows(QList<ArticleSummary> &rows, int column, Qt::SortOrder order);

    LibraryRef m_database;
    QList<ArticleSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
};

} // namespace parallax
