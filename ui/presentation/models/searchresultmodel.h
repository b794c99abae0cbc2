// Full-text search hits with their snippets, best first.
#pragma once

#include "domain/article.h"

#include <QAbstractListModel>

namespace parallax {

class Database;

class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        SnippetHtmlRole
    };

    explicit SearchResultModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SearchResultModel)

    // Runs the query (one store call); an empty query empties the model. Returns the error
    // message, or an empty string.
    QString search(const Database &library, const QString &query, int limit = 200);
    void clear();
    QList<qint64> articleIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace parallax
