// Claims and where they appear: each claim (statement, speaker, date) with its appearances by
// outlet, and the claims × outlets matrix of which outlet carried which claim, and how.
#pragma once

#include "domain/codebook.h"
#include "storage/claimstore.h"

#include <QAbstractItemModel>
#include <QAbstractTableModel>
#include <QHash>

namespace parallax {

class Database;

// Everything both views show, loaded by three store calls.
struct ClaimsData
{
    QList<Claim> claims;
    QHash<qint64, QList<AppearanceDetail>> appearances; // claim id -> its appearances
    QHash<qint64, QString> speakers;                    // person id -> name
    QStringList outlets;                                // every outlet that carries a claim

    static ClaimsData load(const Database &database);
};

QString appearanceTypeLabel(AppearanceType type);

class ClaimsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatementColumn,
        SpeakerColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        AnnotationIdRole,
        AppearanceIdRole
    };

    explicit ClaimsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClaimsModel)

    void setClaims(ClaimsData data);
    const ClaimsData &claimsData() const { return m_data; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ClaimsData m_data;
};

class ClaimMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ClaimIdRole = Qt::UserRole + 1,
        TypesRole
    };

    explicit ClaimMatrixModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClaimMatrixModel)

    void setClaims(const ClaimsData &data);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Claim> m_claims;
    QStringList m_outlets;
    QHash<QPair<qint64, QString>, QStringList> m_cells; // (claim, outlet) -> appearance types
};

} // namespace parallax
