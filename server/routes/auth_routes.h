#pragma once

#include "http/router.h"

namespace fv::server {

class AccountStore;

// POST /v1/auth/login {"userId", "password"} → a bearer token, the user and
// their projects.
Route loginRoute(AccountStore& accounts);

} // namespace fv::server
