#pragma once

#include "http_client/http_response.h"

#include <string>

namespace fv {

// What every FieldVisit request carries (server/PROTOCOL.md): who is asking,
// and which app and protocol version, so the server can refuse a client it
// does not understand.
HttpHeaders fieldVisitHeaders(const std::string& appVersion, const std::string& token);

} // namespace fv
