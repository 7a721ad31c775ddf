#include "signature/stroke_model.h"

#include <algorithm>

void StrokeModel::begin(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure, QSizeF padSize)
{
    if (m_strokes.empty()) {
        m_canvas = padSize;
        m_firstTimestamp = timestampMs;
    }
    m_strokes.push_back({pointAt(pos, timestampMs, pressure)});
    m_open = true;
}

void StrokeModel::extend(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure)
{
    if (!m_open || m_strokes.empty()) return;
    auto& stroke = m_strokes.back();
    const PadPoint point = pointAt(pos, timestampMs, pressure);
    if (point.pos == stroke.back().pos) return; // the pen rests: nothing to draw
    stroke.push_back(point);
}

bool StrokeModel::undo()
{
    if (m_strokes.empty()) return false;
    m_strokes.pop_back();
    m_open = false;
    return true;
}

void StrokeModel::clear()
{
    m_strokes.clear();
    m_canvas = {};
    m_open = false;
}

void StrokeModel::assign(std::vector<PadStroke> strokes, QSizeF canvasSize)
{
    m_strokes = std::move(strokes);
    m_canvas = canvasSize;
    m_firstTimestamp = 0;
    m_open = false;
}

PadPoint StrokeModel::pointAt(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure) const
{
    // Event clocks may jitter or start anew; the stored times never go back.
    qint64 t = std::max<qint64>(0, timestampMs - m_firstTimestamp);
    if (!m_strokes.empty() && !m_strokes.back().empty()) t = std::max(t, m_strokes.back().back().t);
    const QPointF clamped(std::clamp(pos.x(), 0.0, m_canvas.width()), std::clamp(pos.y(), 0.0, m_canvas.height()));
    if (pressure) pressure = std::clamp(*pressure, 0.0, 1.0);
    return {clamped, t, pressure};
}
