#pragma once

#include <QByteArray>

namespace fv::app {

// The structure of a JPEG file as far as the photo pipeline needs it, read
// without decoding the image.

// The TIFF block of the first APP1 "Exif" segment, or empty when there is none.
QByteArray jpegExifBlock(const QByteArray& jpeg);

// Whether the file ends its image data with the end-of-image marker. libjpeg
// decodes a cut-off file without failing (the missing rows come out grey), so
// a photo truncated by a failed copy would otherwise be kept as if whole.
bool jpegIsComplete(const QByteArray& jpeg);

} // namespace fv::app
