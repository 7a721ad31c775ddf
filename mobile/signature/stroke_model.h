#pragma once

#include <QPointF>
#include <QSizeF>
#include <optional>
#include <vector>

// One sampled point of the pen on the signing canvas. `t` counts milliseconds
// from the first touch of the whole signature and never decreases.
struct PadPoint {
    QPointF pos;
    qint64 t = 0;
    std::optional<qreal> pressure; // 0..1, only where the device reports it
};

using PadStroke = std::vector<PadPoint>;

// The strokes of one signature, independent of the item that draws them.
// Points live on a canvas the size the pad had when the first stroke began;
// the pad scales that canvas to fit whatever size it has later (rotating the
// tablet), so nothing drawn is ever lost or distorted. Clearing forgets the
// canvas: the next first stroke takes the pad's size at that moment.
class StrokeModel {
public:
    bool isEmpty() const { return m_strokes.empty(); }
    int strokeCount() const { return int(m_strokes.size()); }
    const std::vector<PadStroke>& strokes() const { return m_strokes; }
    QSizeF canvasSize() const { return m_canvas; }

    // Starts a stroke at `pos` (canvas coordinates). The first stroke fixes
    // the canvas to `padSize` and the clock to `timestampMs`.
    void begin(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure, QSizeF padSize);
    // Adds a point to the stroke begun last; ignored when none is open.
    void extend(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure);
    void end() { m_open = false; }
    bool isDrawing() const { return m_open; }

    // Removes the last stroke; false when there is none.
    bool undo();
    void clear();

    // A whole signature at once (the screenshot command's demo, a saved one).
    void assign(std::vector<PadStroke> strokes, QSizeF canvasSize);

private:
    PadPoint pointAt(QPointF pos, qint64 timestampMs, std::optional<qreal> pressure) const;

    std::vector<PadStroke> m_strokes;
    QSizeF m_canvas;
    qint64 m_firstTimestamp = 0;
    bool m_open = false;
};
