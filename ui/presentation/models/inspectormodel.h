// The inspector's tree for one article: quotations by speaker, places by canonical name with
// this outlet's spellings, coded passages by code, and notes. Entries carry the span to
// scroll to.
#pragma once

#include <QStandardItemModel>

namespace parallax {

struct ReadingData;

class InspectorModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        AnnotationIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        SectionRole
    };
    enum Section
    {
        QuotesSection,
        PlacesSection,
        CodesSection,
        NotesSection
    };

    explicit InspectorModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(InspectorModel)

    void setArticle(const ReadingData &data);
    void clearArticle();

    // The index of the entry for an annotation, or an invalid index.
    QModelIndex indexOfAnnotation(qint64 annotationId) const;
};

} // namespace parallax
