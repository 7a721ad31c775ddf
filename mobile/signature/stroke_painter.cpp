#include "signature/stroke_painter.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace signature_ink {
namespace {

constexpr QColor kPngInk{16, 39, 90};

// Width factor at point `i`: from the pen's pressure where known, else from
// its speed (fast strokes come out thinner, as with a real pen).
qreal widthFactor(const PadStroke& stroke, std::size_t i)
{
    const PadPoint& point = stroke[i];
    if (point.pressure) return 0.45 + 1.1 * *point.pressure;
    if (i == 0) return 1.0;
    const PadPoint& previous = stroke[i - 1];
    const qreal distance = QLineF(previous.pos, point.pos).length();
    const qreal speed = distance / qreal(std::max<qint64>(1, point.t - previous.t)); // canvas px per ms
    return std::clamp(1.25 - 0.25 * speed, 0.6, 1.25);
}

QPointF midpoint(QPointF a, QPointF b) { return (a + b) / 2; }

// The part of the canvas that holds ink, never thinner than a tenth of the
// canvas (a single dot or a flat line still gets a sensible scale).
QRectF inkBounds(const StrokeModel& strokes)
{
    QRectF bounds;
    for (const auto& stroke : strokes.strokes())
        for (const auto& point : stroke) bounds |= QRectF(point.pos, QSizeF(0.01, 0.01));
    const QSizeF least = strokes.canvasSize() / 10;
    const qreal dx = std::max<qreal>(0, least.width() - bounds.width()) / 2;
    const qreal dy = std::max<qreal>(0, least.height() - bounds.height()) / 2;
    return bounds.adjusted(-dx, -dy, dx, dy);
}

void paintStroke(QPainter& painter, const PadStroke& stroke, const QTransform& toTarget, const QColor& ink,
                 qreal baseWidth)
{
    QPen pen(ink, baseWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (stroke.size() == 1) { // a dot
        pen.setWidthF(baseWidth * widthFactor(stroke, 0) * 1.2);
        painter.setPen(pen);
        painter.drawPoint(toTarget.map(stroke[0].pos));
        return;
    }
    // Each piece runs from one midpoint to the next, curving through the
    // sampled point between them; round caps join pieces of different width.
    QPointF from = stroke[0].pos;
    for (std::size_t i = 1; i < stroke.size(); ++i) {
        const bool last = i + 1 == stroke.size();
        const QPointF to = last ? stroke[i].pos : midpoint(stroke[i].pos, stroke[i + 1].pos);
        QPainterPath piece(toTarget.map(from));
        if (last)
            piece.lineTo(toTarget.map(to));
        else
            piece.quadTo(toTarget.map(stroke[i].pos), toTarget.map(to));
        pen.setWidthF(baseWidth * widthFactor(stroke, i));
        painter.strokePath(piece, pen);
        from = to;
    }
}

} // namespace

QRectF fittedCanvas(QSizeF canvas, const QRectF& area)
{
    if (canvas.isEmpty()) return area;
    const QSizeF scaled = canvas.scaled(area.size(), Qt::KeepAspectRatio);
    return QRectF(area.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
}

void paint(QPainter& painter, const StrokeModel& strokes, const QRectF& source, const QRectF& target, const QColor& ink,
           qreal baseWidth)
{
    if (strokes.isEmpty() || source.isEmpty()) return;
    QTransform toTarget;
    toTarget.translate(target.x(), target.y());
    toTarget.scale(target.width() / source.width(), target.height() / source.height());
    toTarget.translate(-source.x(), -source.y());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto& stroke : strokes.strokes())
        if (!stroke.empty()) paintStroke(painter, stroke, toTarget, ink, baseWidth);
    painter.restore();
}

QImage render(const StrokeModel& strokes)
{
    QImage image(kPngSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QRectF ink = inkBounds(strokes);
    const QRectF area = QRectF(QPointF(0, 0), QSizeF(kPngSize)).adjusted(32, 32, -32, -32);
    // Heavier than on screen: the image is mostly shown scaled down, beside a document.
    paint(painter, strokes, ink, fittedCanvas(ink.size(), area), kPngInk, 7.0);
    return image;
}

} // namespace signature_ink
