// The inspector for the current article: its quotations by speaker, places with this
// outlet's spellings, codes and notes; activating an entry scrolls the text to it.
#pragma once

#include <QWidget>

class QTreeView;

namespace parallax {

class InspectorModel;
struct ReadingData;

class InspectorPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InspectorPanel)

    void setArticle(const ReadingData &data);
    void clearArticle();
    void selectAnnotation(qint64 annotationId);
    InspectorModel *model() const { return m_model; }

signals:
    void annotationActivated(qint64 annotationId);

private:
    InspectorModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
};

} // namespace parallax
