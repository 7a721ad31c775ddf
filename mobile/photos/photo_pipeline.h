#pragma once

#include "photos/exif_facts.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace fv::app {

// How photos are kept. The long side comes from the app's settings.
struct PhotoOptions {
    static constexpr int kDefaultLongSide = 2048;

    int longSide = kDefaultLongSide;
    int thumbnailLongSide = 320;
    int quality = 85;
    int thumbnailQuality = 80;
    // The most the decoder may allocate for one image. libjpeg reduces large
    // JPEGs while decoding (a 24-megapixel photo takes 23 MiB at 2048 px, a
    // 12-megapixel one 46 MiB); formats that cannot (PNG) are decoded whole.
    int allocationLimitMiB = 256;
};

// A photo made ready to keep: the stored JPEG and its thumbnail with their
// SHA-256, and what the file said about when and where it was taken.
struct ProcessedPhoto {
    QByteArray jpeg;
    QString sha256;
    QByteArray thumbnail;
    QString thumbnailSha256;
    QSize size;
    QString fileName;  // the source's name, as a .jpg
    QDateTime takenAt; // UTC: the EXIF time when the photo has one, else now
    std::optional<ExifLocation> location;
};

// The photo and thumbnail files of a processed photo in the blob folder.
struct StoredPhoto {
    QString sha256;
    QString path;
    qint64 sizeBytes = 0;
    QString thumbnailSha256;
    QString thumbnailPath;
    qint64 thumbnailSizeBytes = 0;
    QSize size;
    QString fileName;
    QDateTime takenAt;
    std::optional<ExifLocation> location;
    QStringList createdFiles; // written by this import (not already there): removed if it is abandoned
};

// Why a photo could not be kept, in plain words and the current language.
struct PhotoFailure {
    QString message;
};

template <class T> using PhotoResult = std::variant<T, PhotoFailure>;

// Reads `source` (a path, or a content URI on Android), turns it upright,
// reduces it to `options.longSide` and encodes the JPEG and thumbnail. Pure
// and thread-safe: the app runs it on a worker thread.
PhotoResult<ProcessedPhoto> processPhoto(const QString& source, const PhotoOptions& options);

// Writes the photo and thumbnail as <folder>/<sha256>.jpg, each atomically;
// a file already there has the same content (its name is its hash) and is kept.
PhotoResult<StoredPhoto> storePhotoFiles(const ProcessedPhoto& photo, const QString& folder);

// Both steps: what the importer runs off the UI thread.
PhotoResult<StoredPhoto> preparePhoto(const QString& source, const PhotoOptions& options, const QString& folder);

// Removes the files this import wrote, when nothing came to refer to them.
void discardCreatedFiles(const StoredPhoto& photo);

} // namespace fv::app
