#pragma once

#include "auth/user.h"
#include "storage/conflict_review.h"
#include "storage/operator_stats.h"
#include "sync/protocol.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fv::server {

// A push batch's answers. A store that kept a record's fields as JSON text may hand that text
// on (`storedFields[i]` for `response.results[i]`, empty when it has none), so the answer
// sends them as stored rather than encoding them a second time.
struct PushOutcome {
    PushResponse response;
    std::vector<std::string> storedFields;
};

// A record as a store keeps it: the envelope, and the fields as JSON text.
struct StoredRecord {
    Envelope meta;
    std::string fieldsJson;
};

// A pull page with each record's fields as stored, written into the answer as they are:
// parsing them and encoding them again was most of the server's time in a device's first pull.
struct PullPage {
    std::vector<StoredRecord> records;
    std::int64_t nextCursor = 0;
    bool hasMore = false;
};

// The server's side of sync, behind an interface so storage can move from
// the embedded SQLite to PostgreSQL without touching the routes.
class SyncStore {
public:
    virtual ~SyncStore() = default;

    // Applies a device's batch. Every answer is durable before this returns,
    // and the device's last applied sequence moves in the same transaction as
    // the changes, so a replayed batch applies nothing twice.
    virtual PushOutcome push(const User& user, const PushRequest& request) = 0;

    // Changes the user may see with a change sequence above `cursor`, in
    // sequence order; the next cursor is the last sequence returned.
    virtual PullPage pull(const User& user, std::int64_t cursor, int limit) = 0;

    // The record as stored now, tombstones included (operators and imports).
    virtual std::optional<RawRecord> record(const std::string& id) = 0;

    // The conflicts kept for review that the user may see (the projects pull shows them),
    // filtered and paged by `query`, newest first.
    virtual ConflictPage conflicts(const User& user, const ConflictQuery& query) = 0;

    // Settles a conflict: the chosen value is written as a new version of the record by the
    // rules a push follows, and the conflict marked resolved, in one transaction. Every answer
    // but Resolved leaves the database as it was.
    virtual ResolveResult resolveConflict(const User& user, const ResolveRequest& request) = 0;

    virtual OperatorStats stats() = 0;
};

} // namespace fv::server
