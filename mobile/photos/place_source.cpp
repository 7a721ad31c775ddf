#include "photos/place_source.h"

#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcPlace, "fv.place")

using fv::app::PlaceFix;

PlaceSource::PlaceSource(QObject* parent) : QObject(parent), m_createDefault(true) {}

PlaceSource::PlaceSource(QGeoPositionInfoSource* source, QObject* parent) : QObject(parent) { follow(source); }

PlaceSource::~PlaceSource()
{
    if (m_active && m_source) m_source->stopUpdates();
}

void PlaceSource::setActive(bool active)
{
    if (m_active == active) return;
    m_active = active;
    if (QGeoPositionInfoSource* positions = source()) {
        if (active)
            positions->startUpdates();
        else
            positions->stopUpdates();
    }
    emit activeChanged();
}

std::optional<PlaceFix> PlaceSource::freshFix(const QDateTime& now) const
{
    if (!m_last || !fv::app::isWithinFreshness(*m_last, now)) return std::nullopt;
    return m_last;
}

QGeoPositionInfoSource* PlaceSource::source()
{
    if (m_createDefault) {
        // Created only when first needed: a page that never takes a photo asks for no permission.
        m_createDefault = false;
        follow(QGeoPositionInfoSource::createDefaultSource(this));
        if (!m_source) qCInfo(lcPlace) << "no positioning on this device: photos keep only the address";
    }
    return m_source;
}

void PlaceSource::follow(QGeoPositionInfoSource* source)
{
    m_source = source;
    if (!source) return;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, &PlaceSource::take);
    // No fix is not the person's problem: the photo is still taken, with the address.
    connect(source, &QGeoPositionInfoSource::errorOccurred, this, [](QGeoPositionInfoSource::Error error) {
        qCInfo(lcPlace) << "positioning unavailable:" << error;
    });
}

void PlaceSource::take(const QGeoPositionInfo& info)
{
    const QGeoCoordinate where = info.coordinate();
    if (!info.isValid() || !where.isValid()) return;
    PlaceFix fix{where.latitude(), where.longitude(), std::nullopt,
                 info.timestamp().isValid() ? info.timestamp().toUTC() : QDateTime::currentDateTimeUtc()};
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy)) {
        const double meters = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
        if (std::isfinite(meters) && meters >= 0) fix.accuracyMeters = meters;
    }
    m_last = fix;
    emit fixChanged();
}
