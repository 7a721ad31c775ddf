#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fv {

// Where a server listens, from a base URL such as `http://127.0.0.1:8080`. Only plain http
// and no path: the sync routes are absolute (`/v1/...`), so a path would be silently lost.
struct BaseUrl {
    std::string host; // a name or an address; an IPv6 address without its brackets
    std::uint16_t port = 80;

    // `host:port` as people and the Host header write it (`[::1]:8080` for IPv6).
    std::string authority() const;
};

// Throws fv::Error(Validation, "invalid_url", ..., "baseUrl") saying what is wrong.
BaseUrl parseBaseUrl(std::string_view url);

} // namespace fv
