#pragma once

#include <chrono>
#include <cstddef>

namespace fv::server {

// Bounds on what one connection may cost the server. Every read and write is bounded by
// them; nothing waits or buffers without a limit.
struct SessionLimits {
    std::size_t headerBytes = 16 * 1024;
    std::size_t bodyBytes = 1024 * 1024; // default; a route may raise it (Route::bodyLimit)
    // Per read or write, including the wait for the next request on a kept-alive connection.
    std::chrono::seconds ioTimeout{30};
    // After an error response on a connection the server closes, how long it keeps reading
    // what the client still sends, so the client gets to read the response (see Session).
    std::chrono::seconds lingerTimeout{5};
    std::size_t lingerBytes = 16 * 1024 * 1024;
};

} // namespace fv::server
