#pragma once

#include "signature/stroke_model.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

// How a signature looks: smooth strokes (quadratic Bézier curves through the
// midpoints of the sampled points), thicker where the pen pressed harder or,
// without pressure, where it moved slower, as ink does.
namespace signature_ink {

// The canvas scaled uniformly to fit `area`, centred: where strokes are drawn.
QRectF fittedCanvas(QSizeF canvas, const QRectF& area);

// Draws the part `source` of the canvas (canvas coordinates) into `target`.
// `baseWidth` is the line width at medium pressure, in target pixels.
void paint(QPainter& painter, const StrokeModel& strokes, const QRectF& source, const QRectF& target, const QColor& ink,
           qreal baseWidth);

// The signature as the PNG stored with it: always kPngSize, white, the ink
// (not the empty pad around it) fitted in with a margin, so every signature
// image is alike and fills the space it is shown in.
inline constexpr QSize kPngSize{1200, 480};
QImage render(const StrokeModel& strokes);

} // namespace signature_ink
