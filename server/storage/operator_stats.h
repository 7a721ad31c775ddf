#pragma once

#include "util/time.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fv::server {

struct DeviceStats {
    std::string deviceId;
    std::string userId;
    std::int64_t lastSeq = 0;
    Timestamp firstSeenAt;
    Timestamp lastSyncAt;
};

// What an operator checks first: who syncs, when they last did, and how
// much waits for a reviewer.
struct OperatorStats {
    std::vector<DeviceStats> devices; // most recently synced first
    std::int64_t records = 0;
    std::int64_t pendingConflicts = 0;
    std::int64_t lastChangeSeq = 0;
};

} // namespace fv::server
