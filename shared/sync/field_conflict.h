#pragma once

#include <nlohmann/json.hpp>

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

    bool operator==(const FieldConflict&) const = default;
};

} // namespace fv
