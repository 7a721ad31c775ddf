#pragma once

#include "http/router.h"

namespace fv::server {

class AccountStore;
class SyncStore;

// POST /v1/sync/push: a device's batch of mutations → one answer each.
Route pushRoute(SyncStore& sync, AccountStore& accounts);
// GET /v1/sync/pull?cursor=N&limit=M: the changes the user may see after N.
Route pullRoute(SyncStore& sync, AccountStore& accounts);

} // namespace fv::server
