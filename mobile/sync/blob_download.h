#pragma once

#include "store/local_store.h"
#include "sync/qt_blob_transport.h"

#include <QString>
#include <cstdint>

namespace fv::app {

// Fetches blob `sha256` (checked against its name by the transport) and
// writes it into `folder` as <sha256>.jpg or .png, all or nothing: an
// interruption leaves no partial file. Returns what the blob queue records;
// the caller adds it (BlobQueue::addFetched) on its own database connection.
// Throws fv::Error: the transport's, or Store/"blob_write".
LocalBlob downloadBlob(QtBlobTransport& transport, const std::string& sha256, const std::string& mimeType,
                       const QString& folder);

// How much one sync run fetches of what other devices made, so that a new
// tablet's first sync is not held up for minutes; the rest comes next run.
struct DownloadBudget {
    int maxBlobs = 200;
    std::int64_t maxBytes = 16 * 1024 * 1024;
};

// Fetches the thumbnails and signature images the device's records name but
// it lacks (BlobQueue::lacking), newest first, within `budget`, and records
// each as held and on the server. A blob the server does not have yet (its
// device has not uploaded it) is skipped; a lost connection ends the round.
// Returns how many arrived.
int downloadLackingBlobs(LocalStore& store, QtBlobTransport& transport, const QString& folder,
                         const DownloadBudget& budget = {});

} // namespace fv::app
