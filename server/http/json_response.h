#pragma once

#include "http/response.h"

#include <nlohmann/json_fwd.hpp>

namespace fv::server {

// The one way a JSON body is produced, so every JSON answer carries the same content type and
// survives strings that are not valid UTF-8 (they would make nlohmann::json throw). Use
// ordered_json where people read the body (errors, health): keys stay in the order written.
Response jsonResponse(Status status, const nlohmann::json& body);
Response jsonResponse(Status status, const nlohmann::ordered_json& body);

} // namespace fv::server
