#include "photos/exif_facts.h"

#include "photos/jpeg_segments.h"

#include <array>
#include <cstdint>

namespace fv::app {
namespace {

// Tags of the TIFF structure inside the EXIF segment (EXIF 2.32, tables 4-7).
constexpr std::uint16_t kExifIfdPointer = 0x8769;
constexpr std::uint16_t kGpsIfdPointer = 0x8825;
constexpr std::uint16_t kDateTimeOriginal = 0x9003;
constexpr std::uint16_t kGpsLatitudeRef = 0x0001;
constexpr std::uint16_t kGpsLatitude = 0x0002;
constexpr std::uint16_t kGpsLongitudeRef = 0x0003;
constexpr std::uint16_t kGpsLongitude = 0x0004;
constexpr std::uint16_t kTypeAscii = 2;
constexpr std::uint16_t kTypeLong = 4;
constexpr std::uint16_t kTypeRational = 5;
constexpr int kEntrySize = 12;
constexpr int kMaxEntries = 512; // a real IFD holds a few dozen; more means garbage

// The TIFF block with bounds-checked reads in its byte order; out of range reads give 0.
class Tiff {
public:
    explicit Tiff(QByteArray bytes) : m_bytes(std::move(bytes)) { m_bigEndian = m_bytes.startsWith("MM"); }

    bool valid() const { return (m_bytes.startsWith("MM") || m_bytes.startsWith("II")) && u16(2) == 42; }
    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset + length <= m_bytes.size();
    }

    std::uint32_t u16(qint64 offset) const { return std::uint32_t(read(offset, 2)); }
    std::uint32_t u32(qint64 offset) const { return std::uint32_t(read(offset, 4)); }
    QByteArray slice(qint64 offset, qint64 length) const
    {
        return has(offset, length) ? m_bytes.mid(offset, length) : QByteArray();
    }

private:
    std::uint64_t read(qint64 offset, int length) const
    {
        if (!has(offset, length)) return 0;
        std::uint64_t value = 0;
        for (int i = 0; i < length; ++i) {
            const auto byte = std::uint8_t(m_bytes[offset + (m_bigEndian ? i : length - 1 - i)]);
            value = (value << 8) | byte;
        }
        return value;
    }

    QByteArray m_bytes;
    bool m_bigEndian = false;
};

// One IFD entry: where its value lives (inline when it fits in 4 bytes).
struct Entry {
    std::uint16_t type = 0;
    std::uint32_t count = 0;
    qint64 valueOffset = 0; // of the value itself, inline or not
};

int typeSize(std::uint16_t type)
{
    switch (type) {
    case 1:
    case 2:
    case 6:
    case 7:
        return 1; // BYTE, ASCII, SBYTE, UNDEFINED
    case 3:
    case 8:
        return 2; // SHORT, SSHORT
    case 4:
    case 9:
    case 11:
        return 4; // LONG, SLONG, FLOAT
    case 5:
    case 10:
    case 12:
        return 8; // RATIONAL, SRATIONAL, DOUBLE
    default:
        return 0;
    }
}

std::optional<Entry> findEntry(const Tiff& tiff, qint64 ifdOffset, std::uint16_t tag)
{
    const int count = int(tiff.u16(ifdOffset));
    if (!tiff.has(ifdOffset + 2, qint64(count) * kEntrySize) || count > kMaxEntries) return std::nullopt;
    for (int i = 0; i < count; ++i) {
        const qint64 at = ifdOffset + 2 + qint64(i) * kEntrySize;
        if (tiff.u16(at) != tag) continue;
        Entry entry{std::uint16_t(tiff.u16(at + 2)), tiff.u32(at + 4), at + 8};
        const qint64 size = qint64(typeSize(entry.type)) * entry.count;
        if (size > 4) entry.valueOffset = tiff.u32(at + 8);
        if (size == 0 || !tiff.has(entry.valueOffset, size)) return std::nullopt;
        return entry;
    }
    return std::nullopt;
}

std::optional<qint64> subIfd(const Tiff& tiff, qint64 ifd, std::uint16_t pointerTag)
{
    const auto entry = findEntry(tiff, ifd, pointerTag);
    if (!entry || entry->type != kTypeLong) return std::nullopt;
    return tiff.u32(entry->valueOffset);
}

std::optional<QDateTime> dateTimeOriginal(const Tiff& tiff, qint64 exifIfd)
{
    const auto entry = findEntry(tiff, exifIfd, kDateTimeOriginal);
    if (!entry || entry->type != kTypeAscii || entry->count < 19) return std::nullopt;
    const QString text = QString::fromLatin1(tiff.slice(entry->valueOffset, 19));
    // EXIF keeps no zone: the camera's clock is taken as the tablet's local time.
    QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!at.isValid()) return std::nullopt;
    return at;
}

// Degrees, minutes, seconds as three rationals; negative for S and W.
std::optional<double> gpsDegrees(const Tiff& tiff, qint64 gpsIfd, std::uint16_t valueTag, std::uint16_t refTag)
{
    const auto value = findEntry(tiff, gpsIfd, valueTag);
    const auto ref = findEntry(tiff, gpsIfd, refTag);
    if (!value || !ref || value->type != kTypeRational || value->count != 3 || ref->type != kTypeAscii)
        return std::nullopt;
    double degrees = 0;
    const std::array<double, 3> unit{1.0, 60.0, 3600.0};
    for (int i = 0; i < 3; ++i) {
        const double numerator = tiff.u32(value->valueOffset + i * 8);
        const double denominator = tiff.u32(value->valueOffset + i * 8 + 4);
        if (denominator == 0) return std::nullopt;
        degrees += numerator / denominator / unit[std::size_t(i)];
    }
    const QByteArray hemisphere = tiff.slice(ref->valueOffset, 1);
    return hemisphere == "S" || hemisphere == "W" ? -degrees : degrees;
}

std::optional<ExifLocation> gpsLocation(const Tiff& tiff, qint64 gpsIfd)
{
    const auto latitude = gpsDegrees(tiff, gpsIfd, kGpsLatitude, kGpsLatitudeRef);
    const auto longitude = gpsDegrees(tiff, gpsIfd, kGpsLongitude, kGpsLongitudeRef);
    if (!latitude || !longitude || *latitude > 90 || *latitude < -90 || *longitude > 180 || *longitude < -180)
        return std::nullopt;
    return ExifLocation{*latitude, *longitude};
}

} // namespace

ExifFacts readExifFacts(const QByteArray& jpegHead)
{
    const Tiff tiff(jpegExifBlock(jpegHead));
    if (!tiff.valid()) return {};
    const qint64 ifd0 = tiff.u32(4);
    ExifFacts facts;
    if (const auto exifIfd = subIfd(tiff, ifd0, kExifIfdPointer)) facts.takenAt = dateTimeOriginal(tiff, *exifIfd);
    if (const auto gpsIfd = subIfd(tiff, ifd0, kGpsIfdPointer)) facts.location = gpsLocation(tiff, *gpsIfd);
    return facts;
}

} // namespace fv::app
