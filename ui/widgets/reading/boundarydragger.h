// Drags either end of the selected highlight to a new place in the text: the pointer turns
// into a resize cursor over the highlight's first or last character edge, the selection shows
// the span while dragging, and releasing the button reports the new span.
#pragma once

#include <QObject>
#include <QPoint>
#include <functional>
#include <optional>
#include <utility>

class QTextEdit;

namespace parallax {

class BoundaryDragger final : public QObject
{
    Q_OBJECT
public:
    using Span = std::pair<qsizetype, qsizetype>; // body offsets
    // selected gives the span of the highlight that may be dragged (none: nothing to drag);
    // bodyStart the document position of the body's first character; bodyLength its size.
    BoundaryDragger(QTextEdit *view, std::function<std::optional<Span>()> selected,
                    std::function<qsizetype()> bodyStart, std::function<qsizetype()> bodyLength);
    Q_DISABLE_COPY_MOVE(BoundaryDragger)

    bool isDragging() const { return m_edge != Edge::None; }

signals:
    void dragged(qsizetype start, qsizetype end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Edge
    {
        None,
        Start,
        End
    };
    Edge edgeAt(const QPoint &pos) const;
    qsizetype bodyOffsetAt(const QPoint &pos) const;
    void showSpan() const;

    QTextEdit *m_view;
    QWidget *m_viewport; // kept: while the view is destroyed its viewport still gets events
    std::function<std::optional<Span>()> m_selected;
    std::function<qsizetype()> m_bodyStart;
    std::function<qsizetype()> m_bodyLength;
    Edge m_edge = Edge::None;
    Span m_original;
    Span m_span;
    bool m_hovering = false;
};

} // namespace parallax
