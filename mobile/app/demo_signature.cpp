#include "app/demo_signature.h"

#include <QtMath>
#include <functional>

namespace {

constexpr int kSamples = 60;
constexpr qint64 kSampleMs = 8;

// Samples `curve` (u from 0 to 1, in canvas fractions) into one stroke.
PadStroke sample(QSizeF size, qint64& t, const std::function<QPointF(qreal)>& curve)
{
    PadStroke stroke;
    for (int i = 0; i <= kSamples; ++i) {
        const qreal u = qreal(i) / kSamples;
        const QPointF at = curve(u);
        stroke.push_back({QPointF(at.x() * size.width(), at.y() * size.height()), t, 0.35 + 0.45 * qSin(M_PI * u)});
        t += kSampleMs;
    }
    t += 300; // the pen lifts between strokes
    return stroke;
}

} // namespace

StrokeModel demoSignature(QSizeF size)
{
    qint64 t = 0;
    std::vector<PadStroke> strokes;
    strokes.push_back(sample(size, t, [](qreal u) {
        return QPointF(0.10 + 0.34 * u + 0.035 * qSin(6 * M_PI * u),
                       0.48 - 0.16 * qSin(3 * M_PI * u) * (1 - 0.4 * u) + 0.06 * qCos(6 * M_PI * u));
    }));
    strokes.push_back(sample(size, t, [](qreal u) {
        return QPointF(0.50 + 0.36 * u + 0.03 * qSin(8 * M_PI * u),
                       0.50 - 0.12 * qSin(4 * M_PI * u) + 0.05 * qCos(8 * M_PI * u) - 0.08 * u);
    }));
    strokes.push_back(
        sample(size, t, [](qreal u) { return QPointF(0.12 + 0.74 * u, 0.74 + 0.04 * qSin(M_PI * u) - 0.03 * u); }));
    StrokeModel model;
    model.assign(std::move(strokes), size);
    return model;
}
