#pragma once

#include "http/http_error.h"
#include "http/path_pattern.h"

#include <string>

namespace fv::server {

// The `{sha256}` path segment, checked: 64 lowercase hex digits, or HttpError 400 invalid_sha256.
std::string blobName(const PathParams& params);

// One answer for "no such blob" and "not yours to read", so neither reveals the other.
HttpError blobNotFound(const std::string& sha256);

} // namespace fv::server
