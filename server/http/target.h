#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

struct TargetParts {
    std::string_view path;
    std::string_view query;
};

// "/v1/x?a=1" -> {"/v1/x", "a=1"}. Views into `target`.
TargetParts splitTarget(std::string_view target);

// "/v1/visits/a%2Fb" -> {"v1", "visits", "a/b"}; "/" -> {""}. Splitting happens before decoding
// so an encoded '/' stays inside its segment. nullopt when the path does not start with '/' or
// holds a malformed escape.
std::optional<std::vector<std::string>> decodePathSegments(std::string_view path);

// RFC 3986 percent-decoding; '+' stays '+' (that rule belongs to form bodies, not paths).
std::optional<std::string> percentDecode(std::string_view text);

} // namespace fv::server
