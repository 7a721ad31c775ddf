#pragma once

#include "auth/user.h"
#include "http/request.h"
#include "util/error.h"

#include "json/codec.h"
#include "json/text_decode.h"
#include <cstdint>
#include <string_view>

namespace fv::server {

class AccountStore;

// The user behind the request's bearer token; throws HttpError 401 otherwise.
User authenticate(const Request& request, AccountStore& accounts);

// Sync requests name the app and protocol they speak, so the server can
// refuse (or later up-convert) a device that was offline through an upgrade.
void requireClientVersion(const Request& request);

// The body as JSON; throws HttpError 400 "malformed_json" with the parser's position.
Json parseJsonBody(const Request& request);

// HttpError 400 "malformed_json" for what the JSON parser said.
[[noreturn]] void throwMalformedJson(const Json::parse_error& error);

// The body decoded into T, straight from the text (json/text_decode.h); throws HttpError 400
// "malformed_json" as parseJsonBody does, ValidationError (422) listing every problem.
template <class T> T decodeBody(const Request& request)
{
    Decoded<T> decoded;
    try {
        decoded = decodeText<T>(request.body);
    } catch (const Json::parse_error& error) {
        throwMalformedJson(error);
    }
    if (!decoded.ok()) throw ValidationError(std::move(decoded.problems));
    return std::move(*decoded.value);
}

// A query parameter (`name=value` in the target's query), percent-decoded.
std::optional<std::string> queryParameter(const Request& request, std::string_view name);

// A non-negative whole-number query parameter, `fallback` when absent; throws HttpError 400
// "invalid_parameter" naming it otherwise.
std::int64_t integerParameter(const Request& request, std::string_view name, std::int64_t fallback);

} // namespace fv::server
