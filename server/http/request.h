#pragma once

#include "http/headers.h"
#include "http/method.h"

#include <string>

namespace fv::server {

// A complete HTTP request as handlers see it: plain data, no sockets and no Beast, so handler
// code compiles fast and can be tested without a network.
struct Request {
    Method method = Method::Get;
    std::string methodName; // as sent, so logs can name methods the server does not know
    std::string target;     // raw request-target: "/v1/visits?since=12"
    std::string path;       // target up to '?', still percent-encoded
    std::string query;      // after '?', without it; empty when absent
    Headers headers;
    std::string body;
};

} // namespace fv::server
