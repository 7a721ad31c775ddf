#pragma once

#include "storage/blob_store.h"
#include "storage/upload_locks.h"

#include <filesystem>

namespace fv::server {

class ServerDatabase;

// BlobStore on the local disk. Owns DATA_DIR/blobs:
//   blobs/ab/abcdef…            complete blobs, named by their SHA-256 (first two hex digits as a
//                               folder, so no folder grows past a few thousand entries)
//   blobs/partial/<sha>.part    uploads in progress
// Bytes go to the partial file and are fsynced; when the last byte arrives the file is hashed
// from disk (what is kept is what was hashed) and only a match is renamed into place.
//
// Completeness is recorded in the `blobs` table (storage/sqlite/blob_index.h) rather than
// derived from the files, because:
//  - a push answer lists the blobs its record still lacks; the push reads the table inside its
//    own transaction, so the answer agrees with the records it commits;
//  - object storage, which replaces these files at scale, has no cheap consistent "exists?" for
//    a thousand names, and a PostgreSQL backend keeps the same split: index in the database,
//    bytes elsewhere;
//  - a missing-list of 1000 hashes is 1000 index lookups, not 1000 stat calls on a cold disk.
// The two steps are not one transaction, so their order carries the invariant "a row always has
// its verified file": rename (fsynced) first, row second. A crash between them leaves a file
// without a row; the blob reads as missing, the device uploads it again, and the new verified
// copy replaces the file (same bytes) and writes the row.
class FileBlobStore : public BlobStore {
public:
    // Creates the folders, so a server that cannot store blobs fails at start, not on the first
    // photo. Throws fv::Error (domain Store).
    FileBlobStore(const std::filesystem::path& dataDir, ServerDatabase& database);

    BlobStatus status(const std::string& sha256) override;
    AppendResult append(const BlobChunk& chunk) override;
    std::vector<std::string> missing(const std::vector<std::string>& sha256s) override;
    std::optional<std::string> read(const std::string& sha256) override;

    std::filesystem::path completePath(const std::string& sha256) const;
    std::filesystem::path partialPath(const std::string& sha256) const;

private:
    AppendResult appendLocked(const BlobChunk& chunk);
    AppendResult complete(const std::string& sha256, std::int64_t size);
    std::optional<std::int64_t> completeSize(const std::string& sha256);

    std::filesystem::path m_root;
    ServerDatabase& m_database;
    UploadLocks m_locks;
};

} // namespace fv::server
