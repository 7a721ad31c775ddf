#pragma once

#include "sync/protocol.h"
#include "util/time.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace fv {

struct SyncOptions {
    int pushBatch = 100; // outbox entries per push request
    int pullPage = 1000; // records per pull request, each page one local transaction
    // Bytes per blob upload request: each must reach the server within its read timeout, and an
    // interrupted upload resumes after the last whole request.
    std::int64_t blobChunkBytes = 4 * 1024 * 1024;
};

// What one sync run did. Counts include the batches and pages that completed
// before an error stopped the run.
struct SyncReport {
    std::map<PushStatus, int> pushed; // answers received, by status as the server gave it
    int pulled = 0;                   // records written from pull pages
    int conflicts = 0;                // field conflicts the server reported (now in sync_conflicts)
    int refusals = 0;                 // mutations the server refused (now in sync_refusals)
    int conflictsSettled = 0;         // reported conflicts a reviewer has settled since the last run
    int blobsUploaded = 0;            // photos and signature images the server confirmed
    int blobsRefused = 0;             // blobs the server refused (kept for the next run)
    std::string error;                // what stopped the run, in words; empty when it completed
    std::string errorCode;            // the fv::Error code ("unreachable", "timeout", ...)

    bool ok() const { return error.empty(); }
    int pushedWith(PushStatus status) const
    {
        const auto it = pushed.find(status);
        return it == pushed.end() ? 0 : it->second;
    }
};

// What the app's status bar shows, read from the database so it survives
// restarts and is the same in every window.
struct SyncStatus {
    std::int64_t pending = 0;   // outbox entries not yet answered
    std::int64_t refusals = 0;  // refused mutations the user has not dismissed
    std::int64_t conflicts = 0; // reported conflicts still open (not settled, not dismissed)
    std::int64_t pendingBlobs = 0; // photos and signature images not yet on the server
    // Photo and signature records whose files (or thumbnails) are not all on
    // the server yet: a record is synced only once the server has it and them.
    std::int64_t recordsAwaitingBlobs = 0;
    std::optional<Timestamp> lastSuccess;
    std::string lastError; // why the last run failed; empty once a run completes
};

} // namespace fv
