#pragma once

#include "auth/user.h"
#include "storage/conflict_review.h"
#include "store/sqlite/database.h"
#include "sync/access_policy.h"

namespace fv::server {

// Settles one conflict inside the caller's transaction: the chosen value becomes a new version
// of the record through the push's PushApplier (merge rules, validation, signature voiding,
// change sequence), and the conflict is marked resolved beside it. Any answer but Resolved
// has written nothing; the caller rolls back all the same.
ResolveResult resolveConflict(sqlite::Database& db, const User& user, const AccessScope& scope,
                              const ResolveRequest& request, Timestamp now);

} // namespace fv::server
