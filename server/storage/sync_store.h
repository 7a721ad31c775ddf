#pragma once

#include "auth/user.h"
#include "storage/operator_stats.h"
#include "sync/protocol.h"

#include <cstdint>
#include <optional>
#include <string>

namespace fv::server {

// The server's side of sync, behind an interface so storage can move from
// the embedded SQLite to PostgreSQL without touching the routes.
class SyncStore {
public:
    virtual ~SyncStore() = default;

    // Applies a device's batch. Every answer is durable before this returns,
    // and the device's last applied sequence moves in the same transaction as
    // the changes, so a replayed batch applies nothing twice.
    virtual PushResponse push(const User& user, const PushRequest& request) = 0;

    // Changes the user may see with a change sequence above `cursor`, in
    // sequence order; the next cursor is the last sequence returned.
    virtual PullResponse pull(const User& user, std::int64_t cursor, int limit) = 0;

    // The record as stored now, tombstones included (operators and imports).
    virtual std::optional<RawRecord> record(const std::string& id) = 0;

    virtual OperatorStats stats() = 0;
};

} // namespace fv::server
