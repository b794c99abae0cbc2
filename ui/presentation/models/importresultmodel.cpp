#include "models/importresultmodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

namespace parallax {

QString outcomeLabel(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return ImportResultModel::tr("Imported");
    case ImportOutcome::Duplicate:
        return ImportResultModel::tr("Duplicate");
    case ImportOutcome::Failed:
        return ImportResultModel::tr("Failed");
    case ImportOutcome::Skipped:
        return ImportResultModel::tr("Skipped");
    }
    return {};
}

ImportResultModel::ImportResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportResultModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_files = report.files;
    endResetModel();
}

int ImportResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileImportResult &file = m_files.at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(file.outcome);
    case ArticleIdRole:
        return file.articleId;
    case Qt::ToolTipRole:
        return file.path;
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && file.outcome == ImportOutcome::Failed)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        // Pages and feeds are named by their address, files by their name.
        case FileColumn:
            return file.path.contains(QLatin1StringView("://")) ? file.path
                                                                : QFileInfo(file.path).fileName();
        case OutcomeColumn:
            return outcomeLabel(file.outcome);
        case DetailColumn:
            if (file.outcome == ImportOutcome::Failed || file.outcome == ImportOutcome::Skipped)
                return file.reason;
            if (file.outcome == ImportOutcome::Duplicate)
                return tr("same text as “%1”").arg(file.title);
            return file.title;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileColumn:
        return tr("File or address");
    case OutcomeColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Title or reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace parallax
