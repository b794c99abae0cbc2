#include "reading/boundarydragger.h"

#include <QMouseEvent>
#include <QTextEdit>

namespace parallax {

namespace {

constexpr int kGrip = 4; // pixels either side of an edge that pick it up

} // namespace

BoundaryDragger::BoundaryDragger(QTextEdit *view, std::function<std::optional<Span>()> selected,
                                 std::function<qsizetype()> bodyStart,
                                 std::function<qsizetype()> bodyLength)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_selected(std::move(selected)),
      m_bodyStart(std::move(bodyStart)), m_bodyLength(std::move(bodyLength))
{
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
}

BoundaryDragger::Edge BoundaryDragger::edgeAt(const QPoint &pos) const
{
    const std::optional<Span> span = m_selected();
    if (!span)
        return Edge::None;
    auto near = [this, &pos](qsizetype bodyOffset) {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(m_bodyStart() + bodyOffset));
        const QRect caret = m_view->cursorRect(cursor);
        return qAbs(pos.x() - caret.x()) <= kGrip && pos.y() >= caret.top() &&
               pos.y() <= caret.bottom();
    };
    if (near(span->first))
        return Edge::Start;
    if (near(span->second))
        return Edge::End;
    return Edge::None;
}

qsizetype BoundaryDragger::bodyOffsetAt(const QPoint &pos) const
{
    const qsizetype offset = m_view->cursorForPosition(pos).position() - m_bodyStart();
    return qBound<qsizetype>(0, offset, m_bodyLength());
}

void BoundaryDragger::showSpan() const
{
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(m_bodyStart() + m_span.first));
    cursor.setPosition(int(m_bodyStart() + m_span.second), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
}

bool BoundaryDragger::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_viewport)
        return false;
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseMove && type != QEvent::MouseButtonPress &&
        type != QEvent::MouseButtonRelease)
        return false;
    switch (type) {
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        if (m_edge == Edge::None) {
            // Over an edge the pointer offers to resize; elsewhere the view's own cursor is back.
            const bool over = edgeAt(pos) != Edge::None;
            if (over != m_hovering) {
                m_hovering = over;
                if (over)
                    m_viewport->setCursor(Qt::SizeHorCursor);
                else
                    m_viewport->unsetCursor();
            }
            return false;
        }
        const qsizetype offset = bodyOffsetAt(pos);
        if (m_edge == Edge::Start)
            m_span.first = qMin(offset, m_span.second - 1);
        else
            m_span.second = qMax(offset, m_span.first + 1);
        showSpan();
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_edge = edgeAt(mouse->position().toPoint());
        if (m_edge == Edge::None)
            return false;
        m_original = *m_selected();
        m_span = m_original;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_edge == Edge::None || static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton)
            return false;
        m_edge = Edge::None;
        QTextCursor cursor = m_view->textCursor();
        cursor.clearSelection();
        m_view->setTextCursor(cursor);
        if (m_span != m_original)
            emit dragged(m_span.first, m_span.second);
        return true;
    }
    default:
        return false;
    }
}

} // namespace parallax
