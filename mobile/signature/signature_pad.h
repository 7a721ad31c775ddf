#pragma once

#include "signature/stroke_model.h"

#include <QColor>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QEventPoint;
class QPointerEvent;

// The surface a signer writes on with a finger, a stylus or a mouse. Input is
// kept in a StrokeModel (canvas coordinates, times from the first touch,
// pressure where the device reports it) and drawn scaled to fit the item, so
// resizing it, as rotating the tablet does, keeps every stroke.
class SignaturePad : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool empty READ isEmpty NOTIFY strokesChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    Q_PROPERTY(QSizeF canvasSize READ canvasSize NOTIFY strokesChanged)
    Q_PROPERTY(QColor inkColor READ inkColor WRITE setInkColor NOTIFY inkColorChanged)
    Q_PROPERTY(qreal penWidth READ penWidth WRITE setPenWidth NOTIFY penWidthChanged)

public:
    explicit SignaturePad(QQuickItem* parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return m_strokes.strokeCount(); }
    QSizeF canvasSize() const { return m_strokes.canvasSize(); }
    QColor inkColor() const { return m_ink; }
    void setInkColor(const QColor& color);
    qreal penWidth() const { return m_penWidth; }
    void setPenWidth(qreal width);

    const StrokeModel& strokes() const { return m_strokes; }
    void setStrokes(const StrokeModel& strokes);

    Q_INVOKABLE void clear();
    Q_INVOKABLE void undo();
    // The points of stroke `index` as {x, y, t, pressure} objects (pressure
    // undefined when unknown): what will be saved, for views and tests.
    Q_INVOKABLE QVariantList strokePoints(int index) const;

    void paint(QPainter* painter) override;

signals:
    void strokesChanged();
    void inkColorChanged();
    void penWidthChanged();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseUngrabEvent() override;
    void touchEvent(QTouchEvent* event) override;
    void touchUngrabEvent() override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    QRectF canvasRect() const;
    QPointF toCanvas(QPointF itemPos) const;
    void press(const QPointerEvent& event, const QEventPoint& point);
    void move(const QPointerEvent& event, const QEventPoint& point);
    void release();

    StrokeModel m_strokes;
    QColor m_ink{16, 39, 90};
    qreal m_penWidth = 3.0;
    int m_touchId = -1; // the finger that writes; others are ignored
};
