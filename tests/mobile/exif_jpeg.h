#pragma once

// JPEG files with a minimal EXIF block, as cameras write them: Qt can write a
// JPEG but no EXIF, so the tests splice an APP1 segment in after SOI.

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QString>
#include <QTemporaryDir>
#include <cmath>
#include <cstdint>
#include <optional>
#include <utility>

namespace fv::test {

struct ExifSpec {
    int orientation = 1;            // 6: the camera was turned 90° clockwise
    QString dateTimeOriginal;       // "2026:11:29 14:05:00", or empty for none
    std::optional<double> latitude; // with longitude: a GPS block
    std::optional<double> longitude;
};

namespace exif_detail {

inline void u16(QByteArray& out, std::uint32_t v) { out.append(char(v >> 8)).append(char(v)); }
inline void u32(QByteArray& out, std::uint32_t v)
{
    u16(out, v >> 16);
    u16(out, v & 0xFFFF);
}

// tag, type, count, then the value (inline) or its offset.
inline void entry(QByteArray& out, std::uint16_t tag, std::uint16_t type, std::uint32_t count, std::uint32_t value)
{
    u16(out, tag);
    u16(out, type);
    u32(out, count);
    u32(out, value);
}

inline void rationalDegrees(QByteArray& out, double degrees)
{
    const double a = std::abs(degrees);
    const auto whole = std::uint32_t(a);
    const auto minutes = std::uint32_t((a - whole) * 60);
    const auto centiSeconds = std::uint32_t(std::lround(((a - whole) * 60 - minutes) * 60 * 100));
    for (const auto& [numerator, denominator] : {std::pair{whole, 1u}, {minutes, 1u}, {centiSeconds, 100u}}) {
        u32(out, numerator);
        u32(out, denominator);
    }
}

// A big-endian TIFF block: IFD0 (orientation, pointers), the EXIF IFD, the GPS IFD.
inline QByteArray tiff(const ExifSpec& spec)
{
    const bool hasDate = !spec.dateTimeOriginal.isEmpty();
    const bool hasGps = spec.latitude && spec.longitude;
    const int ifd0Entries = 1 + (hasDate ? 1 : 0) + (hasGps ? 1 : 0);
    const std::uint32_t exifIfd = 8 + 2 + 12 * ifd0Entries + 4;
    const std::uint32_t dateAt = exifIfd + 18;
    const std::uint32_t gpsIfd = hasDate ? dateAt + 20 : exifIfd;
    const std::uint32_t latAt = gpsIfd + 2 + 4 * 12 + 4;
    const std::uint32_t lonAt = latAt + 24;

    QByteArray out("MM");
    u16(out, 42);
    u32(out, 8);
    u16(out, std::uint16_t(ifd0Entries));
    entry(out, 0x0112, 3, 1, std::uint32_t(spec.orientation) << 16); // SHORT, left-justified
    if (hasDate) entry(out, 0x8769, 4, 1, exifIfd);
    if (hasGps) entry(out, 0x8825, 4, 1, gpsIfd);
    u32(out, 0);
    if (hasDate) {
        u16(out, 1);
        entry(out, 0x9003, 2, 20, dateAt);
        u32(out, 0);
        out.append(spec.dateTimeOriginal.toLatin1().leftJustified(19, ' ', true)).append('\0');
    }
    if (hasGps) {
        u16(out, 4);
        entry(out, 0x0001, 2, 2, std::uint32_t(*spec.latitude < 0 ? 'S' : 'N') << 24);
        entry(out, 0x0002, 5, 3, latAt);
        entry(out, 0x0003, 2, 2, std::uint32_t(*spec.longitude < 0 ? 'W' : 'E') << 24);
        entry(out, 0x0004, 5, 3, lonAt);
        u32(out, 0);
        rationalDegrees(out, *spec.latitude);
        rationalDegrees(out, *spec.longitude);
    }
    return out;
}

} // namespace exif_detail

// `jpeg` with an APP1 EXIF segment right after its start-of-image marker.
inline QByteArray withExif(const QByteArray& jpeg, const ExifSpec& spec)
{
    const QByteArray payload = QByteArray("Exif\0\0", 6) + exif_detail::tiff(spec);
    QByteArray segment("\xFF\xE1", 2);
    exif_detail::u16(segment, std::uint32_t(payload.size() + 2));
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

inline QByteArray jpegBytes(const QImage& image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

// A photo file as the person would pick it; returns its path.
inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace fv::test
