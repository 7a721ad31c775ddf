#include "photos/jpeg_segments.h"

#include <cstdint>

namespace fv::app {
namespace {

constexpr std::uint8_t kStartOfScan = 0xDA;
constexpr std::uint8_t kApp1 = 0xE1;

std::uint8_t byteAt(const QByteArray& bytes, qsizetype at) { return std::uint8_t(bytes[at]); }

// Walks the marker segments before the image data; returns where the first
// scan starts (or -1), calling `visit(marker, payload)` for each segment.
template <class Visit> qsizetype walkHeaderSegments(const QByteArray& jpeg, Visit visit)
{
    if (!jpeg.startsWith("\xFF\xD8")) return -1;
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && byteAt(jpeg, at) == 0xFF) {
        const std::uint8_t marker = byteAt(jpeg, at + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++at;
            continue;
        }
        const qsizetype length = (qsizetype(byteAt(jpeg, at + 2)) << 8) | byteAt(jpeg, at + 3);
        if (length < 2) return -1;
        if (marker == kStartOfScan) return at;
        if (!visit(marker, jpeg.mid(at + 4, length - 2))) return -1;
        at += 2 + length;
    }
    return -1;
}

} // namespace

QByteArray jpegExifBlock(const QByteArray& jpeg)
{
    const QByteArray exifHeader("Exif\0\0", 6);
    QByteArray block;
    walkHeaderSegments(jpeg, [&](std::uint8_t marker, const QByteArray& payload) {
        if (marker == kApp1 && payload.startsWith(exifHeader)) block = payload.mid(exifHeader.size());
        return block.isEmpty(); // stop at the first
    });
    return block;
}

bool jpegIsComplete(const QByteArray& jpeg)
{
    const qsizetype scan = walkHeaderSegments(jpeg, [](std::uint8_t, const QByteArray&) { return true; });
    // Inside entropy-coded data 0xFF is always followed by 0x00 or a restart
    // marker, so FF D9 after the first scan can only be the real end (an
    // embedded EXIF thumbnail's own end marker lies before the scan). Data
    // some cameras append after the end (motion photos) does not matter.
    return scan >= 0 && jpeg.lastIndexOf(QByteArrayView("\xFF\xD9", 2)) > scan;
}

} // namespace fv::app
