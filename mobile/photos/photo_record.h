#pragma once

#include "domain/attachment.h"
#include "domain/record.h"
#include "photos/photo_pipeline.h"
#include "photos/place_fix.h"
#include "store/blob_queue.h"

#include <QString>

class UserStore;

namespace fv::app {

// The record a photo belongs to and what the person added to it.
struct PhotoTarget {
    QString ownerId; // the visit, acceptance or issue
    QString projectId;
    QString caption;
    QString placeAddress; // where the work happens, if known; the photo's own GPS point goes with it
    // Where the tablet was when the photo was added: the point of a photo
    // whose file has no GPS, if the fix is as recent as the photo.
    std::optional<PlaceFix> tabletFix;
};

// Registers the stored files in the blob queue, then saves the Attachment
// through RecordWriter, on the UI thread's connection. The blobs come first so
// that no record ever refers to a file the uploader does not know. Throws
// fv::Error (not signed in, a rule broken, the database failing); when it
// throws before the files are registered, it removes the files this import wrote.
// Returns the new attachment's id.
QString savePhotoAttachment(UserStore& store, const StoredPhoto& photo, const PhotoTarget& target);

// The two steps, for writers that hold a LocalStore (the demo data): the
// Attachment record for a stored photo, checked against the rules (throws
// fv::ValidationError), and the photo's two files in the blob queue.
Record<Attachment> photoAttachment(const StoredPhoto& photo, const PhotoTarget& target);
void registerPhotoBlobs(BlobQueue& blobs, const StoredPhoto& photo);

} // namespace fv::app
