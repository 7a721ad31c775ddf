#pragma once

#include "http/headers.h"
#include "http/status.h"

#include <string>

namespace fv::server {

// What a handler answers. The session adds Content-Length, Connection and Server itself.
struct Response {
    Status status = Status::Ok;
    Headers headers;
    std::string body;
};

} // namespace fv::server
