// One article as readable text with its highlight layers: layer toggles and a legend above,
// tooltips on highlights, a context menu to follow a place, a speaker or a statement, and
// keyboard steps from highlight to highlight.
#pragma once

#include "reading/highlights.h"
#include "reading/readingdata.h"
#include "reading/readingdocument.h"
#include "session/libraryhost.h"
#include "storage/facetstore.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace parallax {

class Database;

class ReadingPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingPane(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadingPane)

    void setLibrary(LibraryRef library) { m_library = library; }
    void showArticle(ReadingData data);
    // The same article with changed annotations: keeps the scroll position and the selection.
    void refreshArticle(ReadingData data);
    // The selected text as body offsets, when the selection lies in the body.
    std::optional<std::pair<qsizetype, qsizetype>> selectedSpan() const;
    // The codes offered in the context menu; the first nine answer to the keys 1–9.
    void setCodes(const QList<Code> &codes);
    void clearArticle();
    const ReadingData &article() const { return m_data; }
    bool hasArticle() const { return m_data.article.id != 0; }

    void setLayerVisible(HighlightLayer layer, bool visible);
    bool isLayerVisible(HighlightLayer layer) const { return m_layers.contains(layer); }
    void setDarkPalette(bool dark);

    // The highlights drawn now, in body offsets.
    const QList<Highlight> &highlights() const { return m_highlights; }
    // Marks an annotation as the selected one and, when asked, scrolls it into view.
    void selectAnnotation(qint64 annotationId, bool scroll = true);
    qint64 selectedAnnotation() const { return m_selected; }
    // Also drawn as selected: the counterparts of a statement selected in another pane.
    void setEmphasised(const QSet<qint64> &annotationIds);
    const QSet<qint64> &emphasised() const { return m_emphasised; }
    // Quotations no other compared article reports: drawn with a dashed frame.
    void setUnshared(const QSet<qint64> &annotationIds);

    void stepHighlight(int direction); // +1 next, -1 previous
    QTextBrowser *textView() const { return m_text; }
    // The annotation under a body offset, the shortest span first; 0 when none.
    qint64 annotationAt(qsizetype bodyOffset) const;

signals:
    void annotationActivated(qint64 annotationId);
    void showAllMentions(parallax::FacetKind kind, qint64 id, const QString &label);
    void findStatement(qint64 annotationId);
    void applyCodeRequested(qint64 codeId);
    void codePaletteRequested();
    void markQuotationRequested();
    void markPlaceRequested();
    void placeRequested(qint64 placeMentionId);
    void statusRequested(qint64 annotationId, parallax::AnnotationStatus status);
    void removeRequested(qint64 annotationId);
    void claimFromQuotationRequested(qint64 annotationId);
    void addToClaimRequested(qint64 annotationId);
    void speakerRequested(qint64 quoteId);
    void boundariesRequested(qint64 annotationId, qsizetype start, qsizetype end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void renderDocument(bool keepScroll);
    void applySelections();
    void rebuildLegend();
    qsizetype bodyOffsetAt(const QPoint &viewportPos) const;
    void showContextMenu(const QPoint &viewportPos);

    LibraryRef m_library;
    ReadingData m_data;
    ReadingLayout m_layout;
    LayerSet m_layers = LayerSet::all();
    QList<Highlight> m_highlights;
    qint64 m_selected = 0;
    QSet<qint64> m_emphasised;
    QSet<qint64> m_unshared;
    bool m_dark = false;
    QTextBrowser *m_text = nullptr;
    QCheckBox *m_layerBoxes[kHighlightLayerCount] = {};
    QLabel *m_legend = nullptr;
    QList<Code> m_codes;
};

} // namespace parallax
