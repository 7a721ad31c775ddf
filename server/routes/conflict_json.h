#pragma once

#include "storage/conflict_review.h"

#include <nlohmann/json.hpp>

namespace fv::server {

// The wire form of conflicts under review (PROTOCOL.md, "Conflicts").
nlohmann::ordered_json toJson(const ConflictEntry& entry);
nlohmann::ordered_json toJson(const ConflictPage& page);

} // namespace fv::server
