#include "photos/photo_record.h"

#include "domain/attachment.h"
#include "store/record_writer.h"
#include "store/user_store.h"
#include "util/error.h"

namespace fv::app {
namespace {

const std::string kJpeg = "image/jpeg";

// The file's own GPS point wins: it is where the photo was really taken. A
// photo from the file picker taken days ago is not placed where the tablet is now.
std::optional<GeoPoint> pointOf(const StoredPhoto& photo, const PhotoTarget& target)
{
    if (photo.location) return GeoPoint{photo.location->latitude, photo.location->longitude, std::nullopt};
    if (target.tabletFix && isWithinFreshness(*target.tabletFix, photo.takenAt))
        return GeoPoint{target.tabletFix->latitude, target.tabletFix->longitude, target.tabletFix->accuracyMeters};
    return std::nullopt;
}

std::optional<Place> placeOf(const StoredPhoto& photo, const PhotoTarget& target)
{
    auto point = pointOf(photo, target);
    if (!point && target.placeAddress.isEmpty()) return std::nullopt;
    return Place{target.placeAddress.toStdString(), std::move(point)};
}

Record<Attachment> uncheckedAttachment(const StoredPhoto& photo, const PhotoTarget& target)
{
    Record<Attachment> record;
    record.meta.type = RecordType::Attachment;
    Attachment& a = record.body;
    a.projectId = target.projectId.toStdString();
    a.ownerId = target.ownerId.toStdString();
    a.kind = AttachmentKind::Photo;
    a.sha256 = photo.sha256.toStdString();
    a.sizeBytes = photo.sizeBytes;
    a.mimeType = kJpeg;
    a.fileName = photo.fileName.toStdString();
    a.caption = target.caption.toStdString();
    a.takenAt = Timestamp{photo.takenAt.toMSecsSinceEpoch()};
    a.place = placeOf(photo, target);
    a.thumbnailSha256 = photo.thumbnailSha256.toStdString();
    return record;
}

} // namespace

// The checks LocalStore::save would make, before the files become referenced.
Record<Attachment> photoAttachment(const StoredPhoto& photo, const PhotoTarget& target)
{
    auto record = uncheckedAttachment(photo, target);
    Problems problems;
    checkRules(record.body, "", problems);
    if (!problems.empty()) throw ValidationError(std::move(problems));
    return record;
}

void registerPhotoBlobs(BlobQueue& blobs, const StoredPhoto& photo)
{
    const auto now = Timestamp::now();
    blobs.add({photo.sha256.toStdString(), photo.path.toStdString(), photo.sizeBytes, kJpeg, {}}, now);
    blobs.add(
        {photo.thumbnailSha256.toStdString(), photo.thumbnailPath.toStdString(), photo.thumbnailSizeBytes, kJpeg, {}},
        now);
}

QString savePhotoAttachment(UserStore& store, const StoredPhoto& photo, const PhotoTarget& target)
{
    std::optional<Record<Attachment>> record;
    try {
        if (!store.local()) throw Error(ErrorDomain::Store, "not_signed_in", "no database is open: sign in first");
        record = photoAttachment(photo, target);
    } catch (...) {
        discardCreatedFiles(photo);
        throw;
    }
    registerPhotoBlobs(store.local()->blobs(), photo);
    return QString::fromStdString(RecordWriter(store).save(std::move(*record)).meta.id);
}

} // namespace fv::app
