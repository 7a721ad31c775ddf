#pragma once

#include "store/blob_queue.h"
#include "sync/blob_transport.h"

#include <cstdint>

namespace fv {

struct BlobUploadReport {
    int uploaded = 0; // blobs the server confirmed this run
    int refused = 0;  // blobs the server refused (kept, with the reason, for the next try)
};

// Sends the device's waiting blobs, resuming interrupted uploads where the
// server says they stand, in requests of at most `chunkBytes` so each fits
// the server's read timeout on a weak link. A refusal of one blob is noted on
// it and the others go on; a network failure stops the run (and is thrown).
class BlobUploader {
public:
    static constexpr std::int64_t kDefaultChunkBytes = 4 * 1024 * 1024;

    BlobUploader(BlobQueue& queue, BlobTransport& transport, std::int64_t chunkBytes = kDefaultChunkBytes);

    BlobUploadReport uploadPending();

private:
    void uploadOne(const LocalBlob& blob);
    void sendFrom(const LocalBlob& blob, BlobUploadState state);

    BlobQueue& m_queue;
    BlobTransport& m_transport;
    std::int64_t m_chunkBytes;
};

} // namespace fv
