#pragma once

#include "http/response.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace fv::server {

// The one way a JSON body is produced, so every JSON answer carries the same content type and
// survives strings that are not valid UTF-8 (they would make nlohmann::json throw). Use
// ordered_json where people read the body (errors, health): keys stay in the order written.
Response jsonResponse(Status status, const nlohmann::json& body);
Response jsonResponse(Status status, const nlohmann::ordered_json& body);
// A body that is JSON text already (written by a caller that splices stored JSON in).
Response jsonTextResponse(Status status, std::string jsonText);

} // namespace fv::server
