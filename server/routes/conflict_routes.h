#pragma once

#include "http/router.h"

namespace fv::server {

class AccountStore;
class SyncStore;

// GET /v1/conflicts?state=open|resolved|all&projectId=&recordId=&cursor=&limit=: the conflicts
// kept for review that the caller may see, newest first.
Route conflictsRoute(SyncStore& sync, AccountStore& accounts);
// POST /v1/conflicts/{conflictId}/resolve: a project lead, the back office or an admin settles
// one conflict; the chosen value becomes the record's next version.
Route resolveConflictRoute(SyncStore& sync, AccountStore& accounts);

} // namespace fv::server
