#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace fv {
class LocalStore;
}

namespace fv::app {

// A made-up site photo: sky and floor gradients, an equipment cabinet, a
// caption-like label, and per-pixel sensor noise of `noise` levels (0-64), so
// that JPEG sizes and encoding times resemble a camera's. Deterministic for a
// given seed. For the demo data, the photo benchmark and the tests.
QImage demoPhoto(QSize size, const QString& label, int noise = 8, quint32 seed = 1);

// Three captioned site photos on the visit in progress (the demo data's
// today's first visit), taken this morning, their files in `blobFolder` and
// not yet uploaded, and a fourth a colleague took on another tablet, of which
// only the thumbnail is here: what the visit's photo strip shows in the
// screenshots.
// Throws fv::Error when there is no such visit or a photo cannot be stored.
void writeDemoPhotos(LocalStore& store, const QString& blobFolder);

} // namespace fv::app
