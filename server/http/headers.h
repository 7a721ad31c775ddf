#pragma once

#include <map>
#include <string>
#include <string_view>

namespace fv::server {

// Field names are case-insensitive (RFC 9110 §5.1); values are kept as received.
struct CaseInsensitiveLess {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept;
};

// One entry per field name. Repeated fields are joined with ", " on the way in, which
// RFC 9110 §5.3 allows for every field except Set-Cookie (which a request never carries).
using Headers = std::map<std::string, std::string, CaseInsensitiveLess>;

} // namespace fv::server
