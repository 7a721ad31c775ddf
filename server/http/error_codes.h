#pragma once

#include <string_view>

// Codes the HTTP layer itself answers with, in the `code` member of an error body. Clients
// branch on these, so they never change once shipped; handlers add their own beside them.
namespace fv::server::error_codes {

inline constexpr std::string_view malformedRequest = "malformed_request";
inline constexpr std::string_view routeNotFound = "route_not_found";
inline constexpr std::string_view methodNotAllowed = "method_not_allowed";
inline constexpr std::string_view payloadTooLarge = "payload_too_large";
inline constexpr std::string_view headersTooLarge = "headers_too_large";
inline constexpr std::string_view internalError = "internal_error";
inline constexpr std::string_view databaseUnavailable = "database_unavailable";

} // namespace fv::server::error_codes
