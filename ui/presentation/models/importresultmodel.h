// The outcome of each file of an import: imported, duplicate or failed, with the reason.
#pragma once

#include "import/importer.h"

#include <QAbstractTableModel>

namespace parallax {

class ImportResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        OutcomeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1,
        ArticleIdRole
    };

    explicit ImportResultModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportResultModel)

    void setReport(const ImportReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<FileImportResult> m_files;
};

QString outcomeLabel(ImportOutcome outcome);

} // namespace parallax
