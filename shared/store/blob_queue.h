#pragma once

#include "store/sqlite/database.h"
#include "util/time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fv {

// A photo or signature image kept on the device, waiting to reach the server.
struct LocalBlob {
    std::string sha256;
    std::string path; // the file on the device; never deleted before the server holds it
    std::int64_t size = 0;
    std::string mimeType;
    std::string lastError; // why the last upload attempt was refused, if it was
};

// A blob the device's records name but the device holds no file of.
struct LackingBlob {
    std::string sha256;
    std::string mimeType;
};

// The local_blobs table: every blob file the device holds and whether the
// server has confirmed it. The app adds a blob after writing its file and
// before saving the record that references it, so no record can point at a
// photo the uploader does not know.
class BlobQueue {
public:
    explicit BlobQueue(sqlite::Database& db) : m_db(db) {}

    void add(const LocalBlob& blob, Timestamp now);
    // A blob fetched from the server (another device's): held, and already
    // there, so it is never uploaded back.
    void addFetched(const LocalBlob& blob, Timestamp now);
    // What a screen shows without asking: the thumbnails of live photos and
    // the images of live signatures that the device holds no file of (other
    // devices' work), newest record first, at most `limit`. Full-size photos
    // are not listed; they are fetched when someone opens one.
    std::vector<LackingBlob> lacking(std::size_t limit);
    std::vector<LocalBlob> pending();
    std::int64_t pendingCount();
    // Photos and signatures (live records) with a file or thumbnail still
    // waiting here: what the user sees as "photos waiting". Blobs no record
    // names do not count; they block nothing.
    std::int64_t recordsWaitingCount();
    void markUploaded(const std::string& sha256);
    void markFailed(const std::string& sha256, const std::string& error);
    // The server says it lacks these (a push answer's missingBlobs): those the
    // device holds wait to be sent again. Hashes the device never held (another
    // device's photos) are not this device's to send and are ignored.
    void markMissing(const std::vector<std::string>& sha256s);
    // The file of a blob the device holds, uploaded or not; empty if unknown.
    std::string pathOf(const std::string& sha256);

private:
    sqlite::Database& m_db;
};

} // namespace fv
