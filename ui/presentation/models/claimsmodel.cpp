#include "models/claimsmodel.h"

#include "storage/personstore.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

// Appearance rows carry their claim's row + 1 in the internal id; claim rows carry 0.
constexpr quintptr kClaimRow = 0;

QString outletOf(const AppearanceDetail &d)
{
    return d.outletName.isEmpty() ? QCoreApplication::translate("ClaimsModel", "(no outlet)")
                                  : d.outletName;
}

} // namespace

QString appearanceTypeLabel(AppearanceType type)
{
    switch (type) {
    case AppearanceType::Verbatim:
        return ClaimsModel::tr("verbatim");
    case AppearanceType::Partial:
        return ClaimsModel::tr("partial");
    case AppearanceType::Paraphrase:
        return ClaimsModel::tr("paraphrase");
    case AppearanceType::Translation:
        return ClaimsModel::tr("translation variant");
    case AppearanceType::Misattributed:
        return ClaimsModel::tr("misattributed");
    }
    return {};
}

ClaimsData ClaimsData::load(const Database &database)
{
    ClaimsData data;
    const ClaimStore store(database);
    if (auto claims = store.list())
        data.claims = std::move(claims).value();
    QSet<QString> outlets;
    if (auto details = store.appearanceDetails()) {
        for (AppearanceDetail &d : *details) {
            outlets.insert(outletOf(d));
            data.appearances[d.appearance.claimId].append(std::move(d));
        }
    }
    data.outlets = QStringList(outlets.cbegin(), outlets.cend());
    data.outlets.sort(Qt::CaseInsensitive);
    const PersonStore people(database);
    for (const Claim &claim : std::as_const(data.claims))
        if (claim.personId && !data.speakers.contains(*claim.personId))
            if (auto person = people.get(*claim.personId))
                data.speakers.insert(*claim.personId, person->name);
    return data;
}

ClaimsModel::ClaimsModel(QObject *parent) : QAbstractItemModel(parent) {}

void ClaimsModel::setClaims(ClaimsData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

QModelIndex ClaimsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_data.claims.size() ? createIndex(row, column, kClaimRow) : QModelIndex();
    if (parent.internalId() != kClaimRow || parent.column() != 0)
        return {};
    const qint64 claimId = m_data.claims.at(parent.row()).id;
    if (row >= m_data.appearances.value(claimId).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ClaimsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kClaimRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kClaimRow);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_data.claims.size());
    if (parent.internalId() != kClaimRow || parent.column() != 0)
        return 0;
    return int(m_data.appearances.value(m_data.claims.at(parent.row()).id).size());
}

int ClaimsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kClaimRow) {
        const Claim &claim = m_data.claims.at(index.row());
        if (role == ClaimIdRole)
            return claim.id;
        if (role == Qt::ToolTipRole)
            return claim.statement;
        if (role != Qt::DisplayRole)
            return {};
        switch (Column(index.column())) {
        case StatementColumn:
            return claim.statement;
        case SpeakerColumn:
            return claim.personId ? m_data.speakers.value(*claim.personId) : QString();
        case TypeColumn:
            return tr("%n appearance(s)", nullptr, int(m_data.appearances.value(claim.id).size()));
        case ColumnCount:
            break;
        }
        return {};
    }
    const Claim &claim = m_data.claims.at(int(index.internalId() - 1));
    const AppearanceDetail &d = m_data.appearances.value(claim.id).at(index.row());
    switch (role) {
    case ClaimIdRole:
        return claim.id;
    case ArticleIdRole:
        return d.articleId;
    case AnnotationIdRole:
        return d.appearance.annotationId;
    case AppearanceIdRole:
        return d.appearance.id;
    case Qt::ToolTipRole:
        return u"%1\n%2"_s.arg(d.articleTitle, d.exact);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StatementColumn:
            return u"“%1”"_s.arg(d.exact.simplified());
        case SpeakerColumn:
            return u"%1 %2"_s.arg(outletOf(d), d.published.left(10));
        case TypeColumn:
            return appearanceTypeLabel(d.appearance.type);
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StatementColumn:
        return tr("Claim / wording");
    case SpeakerColumn:
        return tr("Speaker / outlet");
    case TypeColumn:
        return tr("Appearance");
    case ColumnCount:
        break;
    }
    return {};
}

ClaimMatrixModel::ClaimMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimMatrixModel::setClaims(const ClaimsData &data)
{
    beginResetModel();
    m_claims = data.claims;
    m_outlets = data.outlets;
    m_cells.clear();
    for (auto it = data.appearances.cbegin(); it != data.appearances.cend(); ++it)
        for (const AppearanceDetail &d : it.value()) {
            QStringList &types = m_cells[{it.key(), outletOf(d)}];
            const QString label = appearanceTypeLabel(d.appearance.type);
            if (!types.contains(label))
                types.append(label);
        }
    endResetModel();
}

int ClaimMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outlets.size());
}

QVariant ClaimMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    const QStringList types = m_cells.value({claim.id, m_outlets.at(index.column())});
    switch (role) {
    case Qt::DisplayRole:
        return types.join(u", "_s);
    case TypesRole:
        return types;
    case ClaimIdRole:
        return claim.id;
    case Qt::BackgroundRole:
        if (types.isEmpty())
            return {};
        return QBrush(types.contains(appearanceTypeLabel(AppearanceType::Misattributed))
                          ? QColor(0xf5, 0xb7, 0xb1)
                          : QColor(0xab, 0xeb, 0xc6));
    case Qt::ForegroundRole:
        return types.isEmpty() ? QVariant() : QBrush(Qt::black);
    default:
        return {};
    }
}

QVariant ClaimMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_outlets.size() ? m_outlets.at(section) : QVariant();
    if (section >= m_claims.size())
        return {};
    const QString statement = m_claims.at(section).statement.simplified();
    return role == Qt::ToolTipRole || statement.size() <= 50 ? statement
                                                             : statement.left(49) + u'…';
}

} // namespace parallax
