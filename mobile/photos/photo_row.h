#pragma once

#include <QDateTime>
#include <QString>

namespace fv::app {

// One photo of a record as the strip shows it.
struct PhotoRow {
    QString id; // the Attachment record's
    QString caption;
    QDateTime takenAt; // UTC
    QString placeAddress;
    QString path;          // the stored JPEG on this tablet; empty when it came from another device
    QString thumbnailPath; // likewise
    bool uploaded = false; // the server holds its files (true for photos from other devices)
};

} // namespace fv::app
