#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// What the server holds under one SHA-256 (lowercase hex). `size` is the whole blob's size when
// complete, the bytes received so far when partial, 0 when absent.
struct BlobStatus {
    enum class State { Absent, Partial, Complete };
    State state = State::Absent;
    std::int64_t size = 0;
};

// One upload request's bytes: they start at `offset` of a blob `totalSize` bytes long.
struct BlobChunk {
    std::string sha256;
    std::int64_t offset = 0;
    std::int64_t totalSize = 0;
    std::string_view bytes;
};

// What became of a chunk. `offset` is always the bytes now held for the blob (its size once
// complete), so the caller can tell the device where to resume.
struct AppendResult {
    enum class Outcome {
        Incomplete,      // stored; more bytes are expected
        Completed,       // the last bytes arrived and hashed to the name: the blob is kept
        AlreadyComplete, // the blob was already complete; nothing written
        OffsetMismatch,  // `offset` is not where the partial upload ends; nothing written
        LengthExceeded,  // offset + bytes goes past `totalSize`; nothing written
        HashMismatch,    // all bytes arrived but hash to something else: the partial upload is discarded
        Busy,            // another request is writing this blob right now; nothing written
    };
    Outcome outcome = Outcome::Incomplete;
    std::int64_t offset = 0;
};

// The photos and signature images, addressed by the SHA-256 of their bytes. The one way blobs
// are written or read, behind an interface so object storage (or PostgreSQL) can replace the
// files. Invariant of every implementation: a blob reported complete has bytes that hash to its
// name. Thread-safe: handlers on every io thread call it.
class BlobStore {
public:
    virtual ~BlobStore() = default;

    virtual BlobStatus status(const std::string& sha256) = 0;

    // Appends `chunk` to the blob's partial upload when its offset is where that upload ends;
    // completes the blob (verify, then keep) when the total size is reached.
    virtual AppendResult append(const BlobChunk& chunk) = 0;

    // Those of `sha256s` that are not complete, in the order given.
    virtual std::vector<std::string> missing(const std::vector<std::string>& sha256s) = 0;

    // The bytes of a complete blob; nullopt when it is not complete.
    virtual std::optional<std::string> read(const std::string& sha256) = 0;
};

} // namespace fv::server
