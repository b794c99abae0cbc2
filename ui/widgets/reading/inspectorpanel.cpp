#include "reading/inspectorpanel.h"

#include "models/inspectormodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent)
{
    m_model = new InspectorModel(this);
    m_tree = new QTreeView;
    m_tree->setObjectName(u"inspectorTree"_s);
    m_tree->setAccessibleName(tr("Quotations, places, codes and notes of the article"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    auto activate = [this](const QModelIndex &index) {
        const QVariant id = index.data(InspectorModel::AnnotationIdRole);
        if (id.isValid())
            emit annotationActivated(id.toLongLong());
    };
    connect(m_tree, &QTreeView::activated, this, activate);
    connect(m_tree, &QTreeView::clicked, this, activate);
}

void InspectorPanel::setArticle(const ReadingData &data)
{
    m_model->setArticle(data);
    // Open the sections and the speakers; the places and their mentions stay compact.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        m_tree->expand(section);
        if (row == InspectorModel::QuotesSection)
            for (int child = 0; child < m_model->rowCount(section); ++child)
                m_tree->expand(m_model->index(child, 0, section));
    }
}

void InspectorPanel::clearArticle()
{
    m_model->clearArticle();
}

void InspectorPanel::selectAnnotation(qint64 annotationId)
{
    const QModelIndex index = m_model->indexOfAnnotation(annotationId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

} // namespace parallax
