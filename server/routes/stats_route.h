#pragma once

#include "http/router.h"

namespace fv::server {

class AccountStore;
class SyncStore;

// GET /v1/stats: devices seen with their last sync, pending conflicts, record
// counts. For operators: back office and admins only (403 otherwise).
Route statsRoute(SyncStore& sync, AccountStore& accounts);

} // namespace fv::server
