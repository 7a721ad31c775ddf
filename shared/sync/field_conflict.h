#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace fv {

// A field (or one list element) that two sides changed differently since
// their common base. All three values are kept so a reviewer can decide;
// null stands for "absent" (an element not in that side's list, say).
struct FieldConflict {
    // "runningStatus", "satisfaction[problem_solving]", "visitors[<element id>]" or "_deleted"
    std::string field;
    nlohmann::json base;
    nlohmann::json server; // the provisional winner, except for "_deleted" (see merge.h)
    nlohmann::json device;
    // The server's id for the conflict it kept for review (GET /v1/conflicts), sent with the
    // push answer so the device can ask later how it was settled. Absent from servers before it.
    std::optional<std::int64_t> id;

    bool operator==(const FieldConflict&) const = default;
};

} // namespace fv
