#include "routes/request_context.h"

#include "http/http_error.h"
#include "http/target.h"
#include "storage/account_store.h"
#include "sync/protocol.h"

#include <charconv>

namespace fv::server {
namespace {

std::string_view header(const Request& request, std::string_view name)
{
    const auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string_view() : std::string_view(it->second);
}

} // namespace

User authenticate(const Request& request, AccountStore& accounts)
{
    constexpr std::string_view kScheme = "Bearer ";
    const auto authorization = header(request, "Authorization");
    if (authorization.substr(0, kScheme.size()) != kScheme)
        throw HttpError(Status::Unauthorized, "unauthorized", "sign in first: this request needs a bearer token")
            .withHeader("WWW-Authenticate", "Bearer");
    const auto user = accounts.userForToken(std::string(authorization.substr(kScheme.size())));
    if (!user)
        throw HttpError(Status::Unauthorized, "unauthorized", "the session has expired or is not valid: sign in again")
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return *user;
}

void requireClientVersion(const Request& request)
{
    const auto app = header(request, "X-FieldVisit-App");
    const auto protocol = header(request, "X-FieldVisit-Protocol");
    int version = 0;
    const bool numeric = !protocol.empty() &&
                         std::from_chars(protocol.data(), protocol.data() + protocol.size(), version).ec == std::errc{};
    if (app.empty() || !numeric)
        throw HttpError(Status::BadRequest, "missing_client_version",
                        "send X-FieldVisit-App (the app version) and X-FieldVisit-Protocol (a number)");
    if (version > kProtocolVersion || version < 1)
        throw HttpError(Status::BadRequest, "unsupported_protocol",
                        "this server speaks sync protocol " + std::to_string(kProtocolVersion) + ", not " +
                            std::string(protocol) + ": update the server or the app");
}

Json parseJsonBody(const Request& request)
{
    try {
        return Json::parse(request.body);
    } catch (const Json::parse_error& error) {
        throwMalformedJson(error);
    }
}

void throwMalformedJson(const Json::parse_error& error)
{
    throw HttpError(Status::BadRequest, "malformed_json",
                    "the body is not valid JSON (at byte " + std::to_string(error.byte) + ")");
}

std::optional<std::string> queryParameter(const Request& request, std::string_view name)
{
    std::string_view rest = request.query;
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const auto pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == name) return percentDecode(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
    }
    return std::nullopt;
}

std::int64_t integerParameter(const Request& request, std::string_view name, std::int64_t fallback)
{
    const auto text = queryParameter(request, name);
    if (!text) return fallback;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size() || value < 0)
        throw HttpError(Status::BadRequest, "invalid_parameter",
                        std::string(name) + " must be a non-negative whole number", std::string(name));
    return value;
}

} // namespace fv::server
