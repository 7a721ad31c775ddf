#pragma once

#include "http/router.h"

namespace fv::server {

class ServerDatabase;

// GET /v1/health: liveness plus what a client or an operator needs to know first (version,
// storage engine, schema version). Reading the schema version also proves the database answers.
Route healthRoute(ServerDatabase& database);

} // namespace fv::server
