#pragma once

#include "sync/protocol.h"

#include <cstdint>
#include <vector>

namespace fv {

// How the device reaches the server: the two sync endpoints and the review state of the
// conflicts it reported, and nothing else, so the engine runs unchanged over Qt's network
// stack in the app and over a plain HTTP client in tests and the load tool.
//
// Each call either returns the server's decoded answer or throws fv::Error:
//  - ErrorDomain::Network  when the server could not be reached or did not
//    answer in time (codes "unreachable", "timeout"). A push may or may not
//    have been applied; the engine resends it as it was.
//  - ErrorDomain::Protocol when the server answered with an HTTP error or
//    something that is not a valid answer.
// A call never retries on its own: retrying is the engine's decision.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;

    virtual PushResponse push(const PushRequest& request) = 0;
    // Records changed after `cursor` (0: from the beginning), at most `limit`.
    virtual PullResponse pull(std::int64_t cursor, int limit) = 0;
    // How reviewers settled the conflicts with these server ids (from push answers; at most
    // kMaxConflictIdsPerRequest): the settled ones, with their resolution; open ones are left out.
    virtual std::vector<SettledConflict> settledConflicts(const std::vector<std::int64_t>& ids) = 0;
};

} // namespace fv
