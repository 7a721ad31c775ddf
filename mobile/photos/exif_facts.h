#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace fv::app {

// Where the camera says a photo was taken (EXIF GPS, WGS 84 degrees).
struct ExifLocation {
    double latitude = 0;
    double longitude = 0;
};

// What a photo's EXIF block tells about when and where it was taken. Qt's
// image reader applies the orientation itself but exposes neither of these.
struct ExifFacts {
    std::optional<QDateTime> takenAt; // DateTimeOriginal, in the camera's local time
    std::optional<ExifLocation> location;
};

// Reads the facts from the start of a JPEG file (the APP1 segment sits within
// its first 64 KiB). Anything missing, malformed or not a JPEG gives empty
// facts: EXIF is a hint, never a reason to refuse a photo.
ExifFacts readExifFacts(const QByteArray& jpegHead);

} // namespace fv::app
