#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fv {

// Where the server stands with one blob.
struct BlobUploadState {
    bool complete = false;
    std::int64_t offset = 0; // bytes held so far when not complete
};

// The device's side of the blob routes (server/PROTOCOL.md, "Blobs"), behind
// an interface like SyncTransport: the app implements it over Qt, tests and
// tools over the plain HTTP client. Failures throw fv::Error: Network when the
// server cannot be reached, Protocol for an answer that refuses the upload
// (hash_mismatch, upload_in_progress, …).
class BlobTransport {
public:
    virtual ~BlobTransport() = default;

    // The named blobs the server does not hold complete (at most 1000 names).
    virtual std::vector<std::string> missing(const std::vector<std::string>& sha256s) = 0;
    // Complete, or how many bytes of an interrupted upload it holds (0 if none).
    virtual BlobUploadState status(const std::string& sha256) = 0;
    // Sends `bytes` starting at `offset` of a blob of `total` bytes. An
    // offset the server disagrees with is not an error: the answer says where
    // the upload stands, and the caller continues from there.
    virtual BlobUploadState upload(const std::string& sha256, std::int64_t offset, std::string_view bytes,
                                   std::int64_t total) = 0;
};

} // namespace fv
