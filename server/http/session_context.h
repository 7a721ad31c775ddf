#pragma once

#include "http/session_limits.h"

namespace fv::server {

class ConnectionRegistry;
class Router;

// What every session borrows from the server. The server owns all of it and keeps it alive
// until the last session is gone.
struct SessionContext {
    const Router& router;
    ConnectionRegistry& registry;
    SessionLimits limits;
};

} // namespace fv::server
