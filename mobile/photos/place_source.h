#pragma once

#include "photos/place_fix.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <optional>

class QGeoPositionInfo;
class QGeoPositionInfoSource;

// The tablet's own position, for photos that carry none (the tablet's camera
// writes no GPS). While active it follows a QGeoPositionInfoSource and keeps
// the last fix with its time and accuracy; only a fresh fix is handed out.
// A device without a positioning plugin, without GPS, or whose user refused
// the location permission simply has no fix: photos then keep the address.
class PlaceSource : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // On while a page that takes photos is open: positioning costs battery.
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)

public:
    // The platform's default source, created the first time it becomes active.
    explicit PlaceSource(QObject* parent = nullptr);
    // A given source (a test's NMEA replay); null means "no positioning". Not owned.
    explicit PlaceSource(QGeoPositionInfoSource* source, QObject* parent = nullptr);
    ~PlaceSource() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);

    // The last fix, if it was measured within kFixFreshSeconds of `now`.
    std::optional<fv::app::PlaceFix> freshFix(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

signals:
    void activeChanged();
    void fixChanged();

private:
    QGeoPositionInfoSource* source();
    void follow(QGeoPositionInfoSource* source);
    void take(const QGeoPositionInfo& info);

    QPointer<QGeoPositionInfoSource> m_source;
    bool m_createDefault = false;
    bool m_active = false;
    std::optional<fv::app::PlaceFix> m_last;
};
