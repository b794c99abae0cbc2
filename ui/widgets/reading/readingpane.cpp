#include "reading/readingpane.h"

#include "reading/boundarydragger.h"
#include "reading/highlightdescriber.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPixmap>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

const char *const kLayerObjectNames[kHighlightLayerCount] = {"layerQuotes", "layerSpeakers",
                                                             "layerPlaces", "layerCodes"};

} // namespace

ReadingPane::ReadingPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    for (int i = 0; i < kHighlightLayerCount; ++i) {
        const auto layer = HighlightLayer(i);
        auto *box = new QCheckBox(layerName(layer));
        box->setObjectName(QString::fromLatin1(kLayerObjectNames[i]));
        box->setAccessibleName(tr("Show %1").arg(layerName(layer)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this,
                [this, layer](bool on) { setLayerVisible(layer, on); });
        bar->addWidget(box);
        m_layerBoxes[i] = box;
    }
    bar->addStretch();
    layout->addLayout(bar);

    m_legend = new QLabel;
    m_legend->setObjectName(u"legend"_s);
    m_legend->setAccessibleName(tr("Legend"));
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 0, 6, 0);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);

    m_text = new QTextBrowser;
    m_text->setObjectName(u"readingText"_s);
    m_text->setAccessibleName(tr("Article text"));
    m_text->setOpenLinks(false);
    m_text->document()->setDocumentMargin(24);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReadingPane::showContextMenu);
    layout->addWidget(m_text, 1);
    auto *dragger = new BoundaryDragger(
        m_text,
        [this]() -> std::optional<BoundaryDragger::Span> {
            const Annotation *a = m_selected ? m_data.annotation(m_selected) : nullptr;
            return a ? std::optional(BoundaryDragger::Span{a->start, a->end}) : std::nullopt;
        },
        [this] { return qsizetype(m_layout.bodyOffset); },
        [this] { return m_data.article.body.size(); });
    connect(dragger, &BoundaryDragger::dragged, this, [this](qsizetype start, qsizetype end) {
        emit boundariesRequested(m_selected, start, end);
    });

    // Keys 1–9 code the selected text with the first nine codes of the codebook.
    for (int n = 1; n <= 9; ++n) {
        auto *key = new QAction(tr("Apply Code %1").arg(n), this);
        key->setObjectName(u"applyCode%1"_s.arg(n));
        key->setShortcut(QKeySequence(Qt::Key(Qt::Key_0 + n)));
        key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QAction::triggered, this, [this, n] {
            if (n <= m_codes.size() && selectedSpan())
                emit applyCodeRequested(m_codes.at(n - 1).id);
        });
        addAction(key);
    }
}

void ReadingPane::setCodes(const QList<Code> &codes)
{
    m_codes = codes;
}

std::optional<std::pair<qsizetype, qsizetype>> ReadingPane::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!hasArticle() || !cursor.hasSelection())
        return std::nullopt;
    const qsizetype start = qMax<qsizetype>(0, cursor.selectionStart() - m_layout.bodyOffset);
    const qsizetype end =
        qMin<qsizetype>(m_data.article.body.size(), cursor.selectionEnd() - m_layout.bodyOffset);
    if (end <= start)
        return std::nullopt;
    return std::pair{start, end};
}

void ReadingPane::refreshArticle(ReadingData data)
{
    const QTextCursor selection = m_text->textCursor();
    const int anchor = selection.anchor();
    const int position = selection.position();
    m_data = std::move(data);
    if (!m_data.annotation(m_selected))
        m_selected = 0;
    rebuildLegend();
    renderDocument(true);
    QTextCursor restored(m_text->document());
    restored.setPosition(qMin(anchor, m_text->document()->characterCount() - 1));
    restored.setPosition(qMin(position, m_text->document()->characterCount() - 1),
                         QTextCursor::KeepAnchor);
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setTextCursor(restored);
    m_text->verticalScrollBar()->setValue(scroll);
}

void ReadingPane::showArticle(ReadingData data)
{
    m_data = std::move(data);
    m_selected = 0;
    m_emphasised.clear();
    m_unshared.clear();
    rebuildLegend();
    renderDocument(false);
}

void ReadingPane::clearArticle()
{
    m_data = {};
    m_highlights.clear();
    m_text->setExtraSelections({});
    m_text->clear();
    m_legend->clear();
}

void ReadingPane::setLayerVisible(HighlightLayer layer, bool visible)
{
    if (m_layers.contains(layer) == visible)
        return;
    m_layers.set(layer, visible);
    QCheckBox *box = m_layerBoxes[int(layer)];
    if (box->isChecked() != visible)
        box->setChecked(visible);
    if (hasArticle())
        renderDocument(true);
}

void ReadingPane::setDarkPalette(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rebuildLegend();
    if (hasArticle())
        renderDocument(true);
}

void ReadingPane::renderDocument(bool keepScroll)
{
    const int scroll = keepScroll ? m_text->verticalScrollBar()->value() : 0;
    // Every extra selection holds a cursor the old document would update on each edit.
    m_text->setExtraSelections({});
    m_highlights = buildHighlights(m_data, m_layers);

    // The layers go into a fresh document as character formats, in one edit block and before
    // any view lays it out: that stays fast for 10,000 highlights, where as many overlays
    // would cost seconds. Only the selection and comparison marks are overlays.
    auto *document = new QTextDocument(m_text);
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(m_text->font());
    document->setDocumentMargin(24);
    m_layout = layOutArticle(m_data, *document);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Highlight &h : std::as_const(m_highlights)) {
        cursor.setPosition(m_layout.bodyOffset + int(h.start));
        cursor.setPosition(m_layout.bodyOffset + int(h.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(highlightFormat(h, m_dark));
    }
    cursor.endEditBlock();

    // The text control deletes a document it created itself; ours are children of the view.
    QTextDocument *previous = m_text->document();
    const bool ours = previous->parent() == m_text;
    m_text->setDocument(document);
    if (ours)
        delete previous;
    m_text->verticalScrollBar()->setValue(scroll);
    applySelections();
}

void ReadingPane::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor cursor(m_text->document());
    for (const Highlight &h : std::as_const(m_highlights)) {
        const bool selected = h.annotationId == m_selected || m_emphasised.contains(h.annotationId);
        const bool unshared =
            h.layer == HighlightLayer::Quotes && m_unshared.contains(h.annotationId);
        if (!selected && !unshared)
            continue;
        cursor.setPosition(m_layout.bodyOffset + int(h.start));
        cursor.setPosition(m_layout.bodyOffset + int(h.end), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        if (selected)
            format = highlightFormat(h, m_dark, true);
        if (unshared) {
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(m_dark ? QColor(Qt::lightGray) : QColor(Qt::darkGray));
        }
        selections.append({cursor, format});
    }
    m_text->setExtraSelections(selections);
}

void ReadingPane::rebuildLegend()
{
    QStringList parts;
    for (const LegendEntry &entry : legendFor(m_data)) {
        const QString swatch =
            entry.layer == HighlightLayer::Places
                ? u"<span style='color:%1'>▁▁</span>"_s.arg(placeColor(m_dark).name())
                : u"<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span>"_s.arg(
                      entry.color.name());
        parts.append(swatch + u"&nbsp;"_s + entry.label.toHtmlEscaped());
    }
    m_legend->setText(parts.join(u"&nbsp;&nbsp; "_s));
    m_legend->setVisible(!parts.isEmpty());
}

void ReadingPane::selectAnnotation(qint64 annotationId, bool scroll)
{
    m_selected = annotationId;
    applySelections();
    const Annotation *a = m_data.annotation(annotationId);
    if (!a || !scroll)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_layout.bodyOffset + int(a->end));
    m_text->setTextCursor(cursor);
    cursor.setPosition(m_layout.bodyOffset + int(a->start));
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ReadingPane::setEmphasised(const QSet<qint64> &annotationIds)
{
    m_emphasised = annotationIds;
    applySelections();
}

void ReadingPane::setUnshared(const QSet<qint64> &annotationIds)
{
    m_unshared = annotationIds;
    applySelections();
}

void ReadingPane::stepHighlight(int direction)
{
    if (m_highlights.isEmpty())
        return;
    const Annotation *current = m_data.annotation(m_selected);
    const qsizetype from =
        current ? current->start : (direction > 0 ? -1 : m_data.article.body.size() + 1);
    const Highlight *target = nullptr;
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (direction > 0 && h.start > from) {
            target = &h;
            break;
        }
        if (direction < 0 && h.start < from)
            target = &h;
    }
    if (!target)
        target = direction > 0 ? &m_highlights.constFirst() : &m_highlights.constLast();
    selectAnnotation(target->annotationId);
    emit annotationActivated(target->annotationId);
}

qint64 ReadingPane::annotationAt(qsizetype bodyOffset) const
{
    qint64 best = 0;
    qsizetype bestLength = 0;
    for (const Highlight &h : m_highlights) {
        if (h.start > bodyOffset)
            break;
        if (bodyOffset < h.end && (best == 0 || h.end - h.start < bestLength)) {
            best = h.annotationId;
            bestLength = h.end - h.start;
        }
    }
    return best;
}

qsizetype ReadingPane::bodyOffsetAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = m_text->cursorForPosition(viewportPos);
    // cursorForPosition rounds to the nearest gap; hit-test the character itself.
    const QRect caret = m_text->cursorRect(cursor);
    int position = cursor.position();
    if (viewportPos.x() < caret.x() && position > 0)
        --position;
    return qsizetype(position - m_layout.bodyOffset);
}

bool ReadingPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && hasArticle()) {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const qint64 id = annotationAt(bodyOffsetAt(help->pos()));
            const Annotation *a = id ? m_data.annotation(id) : nullptr;
            QString text = a ? describeAnnotation(m_data, *a, m_library.get()) : QString();
            if (a && m_unshared.contains(a->id))
                text += tr("<p><i>Only this article reports this statement.</i></p>");
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_text->viewport());
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
                if (const qint64 id = annotationAt(bodyOffsetAt(mouse->position().toPoint()))) {
                    selectAnnotation(id, false);
                    emit annotationActivated(id);
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReadingPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const qsizetype offset = bodyOffsetAt(pos);
    QSet<QString> offered;
    auto offer = [&menu, &offered](const QString &text) {
        if (offered.contains(text))
            return false;
        offered.insert(text);
        return true;
    };
    // Every layer under the pointer, so a place inside a quotation offers both.
    for (const Highlight &h : std::as_const(m_highlights)) {
        if (h.start > offset || offset >= h.end)
            continue;
        const Annotation *a = m_data.annotation(h.annotationId);
        if (!a)
            continue;
        if (a->kind == AnnotationKind::PlaceMention && a->placeId) {
            const QString name = m_data.placeName(a->placeId);
            if (offer(name))
                menu.addAction(tr("Show All Mentions of %1 in the Library").arg(name), this,
                               [this, id = *a->placeId, name] {
                                   emit showAllMentions(FacetKind::Place, id, name);
                               });
        } else if ((a->kind == AnnotationKind::SpeakerMention ||
                    a->kind == AnnotationKind::Quote) &&
                   a->personId) {
            const QString name = m_data.personName(a->personId);
            if (offer(name))
                menu.addAction(tr("Show All Mentions of %1 in the Library").arg(name), this,
                               [this, id = *a->personId, name] {
                                   emit showAllMentions(FacetKind::Speaker, id, name);
                               });
        }
        if (a->kind == AnnotationKind::Quote && offer(u"#statement"_s))
            menu.addAction(tr("Find This Statement in Other Articles"), this,
                           [this, id = a->id] { emit findStatement(id); });
    }
    // The annotation under the pointer: the user's decisions on it.
    if (const qint64 id = annotationAt(offset)) {
        const Annotation *a = m_data.annotation(id);
        if (!menu.isEmpty())
            menu.addSeparator();
        if (a->origin == AnnotationOrigin::Auto && a->status != AnnotationStatus::Accepted)
            menu.addAction(tr("Accept"), this,
                           [this, id] { emit statusRequested(id, AnnotationStatus::Accepted); });
        if (a->origin == AnnotationOrigin::Auto && a->status != AnnotationStatus::Rejected)
            menu.addAction(tr("Reject"), this,
                           [this, id] { emit statusRequested(id, AnnotationStatus::Rejected); });
        if (a->kind == AnnotationKind::Quote)
            menu.addAction(tr("Create Claim from This Quotation"), this,
                           [this, id] { emit claimFromQuotationRequested(id); });
        if (a->kind == AnnotationKind::Quote)
            menu.addAction(tr("Set Speaker…"), this, [this, id] { emit speakerRequested(id); });
        if (a->kind == AnnotationKind::PlaceMention)
            menu.addAction(tr("Change Place…"), this, [this, id] { emit placeRequested(id); });
        if (const auto span = selectedSpan())
            menu.addAction(tr("Fit Highlight to Selection"), this, [this, id, span] {
                emit boundariesRequested(id, span->first, span->second);
            });
        menu.addAction(tr("Add to Claim…"), this, [this, id] { emit addToClaimRequested(id); });
        menu.addAction(tr("Remove Highlight"), this, [this, id] { emit removeRequested(id); });
    }
    if (selectedSpan()) {
        menu.addSeparator();
        QMenu *codes = menu.addMenu(tr("Apply Code"));
        codes->setObjectName(u"applyCodeMenu"_s);
        for (int i = 0; i < m_codes.size(); ++i) {
            const Code &code = m_codes.at(i);
            QAction *apply =
                codes->addAction(i < 9 ? u"&%1  %2"_s.arg(i + 1).arg(code.name) : code.name, this,
                                 [this, id = code.id] { emit applyCodeRequested(id); });
            QPixmap swatch(12, 12);
            swatch.fill(QColor(code.color));
            apply->setIcon(QIcon(swatch));
        }
        codes->setEnabled(!m_codes.isEmpty());
        menu.addAction(tr("Apply Code…"), this, &ReadingPane::codePaletteRequested);
        menu.addAction(tr("Mark as Quotation"), this, &ReadingPane::markQuotationRequested);
        menu.addAction(tr("Mark as Place…"), this, &ReadingPane::markPlaceRequested);
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("Copy"), m_text, &QTextEdit::copy)
        ->setEnabled(m_text->textCursor().hasSelection());
    menu.addAction(tr("Select All"), m_text, &QTextEdit::selectAll);
    menu.exec(m_text->viewport()->mapToGlobal(pos));
}

} // namespace parallax
