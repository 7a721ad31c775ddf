#pragma once

#include <QDateTime>
#include <cstdlib>
#include <optional>

namespace fv::app {

// Where the tablet itself was (WGS 84 degrees), measured at `at` (UTC).
struct PlaceFix {
    double latitude = 0;
    double longitude = 0;
    std::optional<double> accuracyMeters;
    QDateTime at;
};

// How far apart in time a fix and a photo may be for the fix to say where the
// photo was taken: a person walks a few hundred metres in five minutes.
inline constexpr qint64 kFixFreshSeconds = 5 * 60;

inline bool isWithinFreshness(const PlaceFix& fix, const QDateTime& when)
{
    return fix.at.isValid() && when.isValid() && std::abs(fix.at.secsTo(when)) <= kFixFreshSeconds;
}

} // namespace fv::app
