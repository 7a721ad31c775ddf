#include "signature/signature_pad.h"

#include "signature/stroke_painter.h"

#include <QPainter>
#include <QPointingDevice>
#include <QTouchEvent>

namespace {

std::optional<qreal> pressureOf(const QPointerEvent& event, const QEventPoint& point)
{
    const QPointingDevice* device = event.pointingDevice();
    if (!device || !device->capabilities().testFlag(QInputDevice::Capability::Pressure)) return std::nullopt;
    return point.pressure();
}

} // namespace

SignaturePad::SignaturePad(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    setAntialiasing(true);
}

void SignaturePad::setInkColor(const QColor& color)
{
    if (m_ink == color) return;
    m_ink = color;
    emit inkColorChanged();
    update();
}

void SignaturePad::setPenWidth(qreal width)
{
    if (qFuzzyCompare(m_penWidth, width)) return;
    m_penWidth = width;
    emit penWidthChanged();
    update();
}

void SignaturePad::setStrokes(const StrokeModel& strokes)
{
    m_strokes = strokes;
    emit strokesChanged();
    update();
}

void SignaturePad::clear()
{
    m_strokes.clear();
    emit strokesChanged();
    update();
}

void SignaturePad::undo()
{
    if (!m_strokes.undo()) return;
    emit strokesChanged();
    update();
}

QVariantList SignaturePad::strokePoints(int index) const
{
    QVariantList points;
    if (index < 0 || index >= m_strokes.strokeCount()) return points;
    for (const PadPoint& point : m_strokes.strokes()[std::size_t(index)]) {
        QVariantMap entry{
            {QStringLiteral("x"), point.pos.x()}, {QStringLiteral("y"), point.pos.y()}, {QStringLiteral("t"), point.t}};
        if (point.pressure) entry.insert(QStringLiteral("pressure"), *point.pressure);
        points.append(entry);
    }
    return points;
}

void SignaturePad::paint(QPainter* painter)
{
    const QRectF canvas = canvasRect();
    // The ink is drawn at the canvas's scale, so a signature keeps its weight when resized.
    const qreal scale = m_strokes.isEmpty() ? 1.0 : canvas.width() / m_strokes.canvasSize().width();
    signature_ink::paint(*painter, m_strokes, QRectF(QPointF(0, 0), m_strokes.canvasSize()), canvas, m_ink,
                         m_penWidth * scale);
}

QRectF SignaturePad::canvasRect() const { return signature_ink::fittedCanvas(m_strokes.canvasSize(), boundingRect()); }

QPointF SignaturePad::toCanvas(QPointF itemPos) const
{
    if (m_strokes.isEmpty()) return itemPos; // the first stroke makes the canvas the pad's own size
    const QRectF canvas = canvasRect();
    const qreal scale = m_strokes.canvasSize().width() / canvas.width();
    return (itemPos - canvas.topLeft()) * scale;
}

void SignaturePad::press(const QPointerEvent& event, const QEventPoint& point)
{
    m_strokes.begin(toCanvas(point.position()), qint64(event.timestamp()), pressureOf(event, point), size());
    setKeepMouseGrab(true); // a flickable page around the pad must not take the pen away
    setKeepTouchGrab(true);
    emit strokesChanged();
    update();
}

void SignaturePad::move(const QPointerEvent& event, const QEventPoint& point)
{
    if (!m_strokes.isDrawing()) return;
    m_strokes.extend(toCanvas(point.position()), qint64(event.timestamp()), pressureOf(event, point));
    update();
}

void SignaturePad::release()
{
    m_strokes.end();
    m_touchId = -1;
    setKeepMouseGrab(false);
    setKeepTouchGrab(false);
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (width() <= 0 || height() <= 0) return event->ignore();
    press(*event, event->point(0));
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    move(*event, event->point(0));
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    move(*event, event->point(0));
    release();
    event->accept();
}

void SignaturePad::mouseUngrabEvent() { release(); }

void SignaturePad::touchEvent(QTouchEvent* event)
{
    for (const QEventPoint& point : event->points()) {
        if (m_touchId == -1 && point.state() == QEventPoint::Pressed && width() > 0 && height() > 0) {
            m_touchId = point.id();
            press(*event, point);
        } else if (point.id() == m_touchId) {
            move(*event, point);
            if (point.state() == QEventPoint::Released) release();
        }
    }
    event->accept();
}

void SignaturePad::touchUngrabEvent() { release(); }

void SignaturePad::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    update(); // the strokes are fitted to the new size, never cut
}
