#include "routes/sync_routes.h"

#include "http/http_error.h"
#include "http/json_response.h"
#include "routes/request_context.h"
#include "storage/sync_store.h"

#include <charconv>

namespace fv::server {
namespace {

// A batch of 100 mutations with long texts stays well inside this.
constexpr std::size_t kPushBodyLimit = 16 * 1024 * 1024;
constexpr int kDefaultPullLimit = 1000;

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

Response push(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    requireClientVersion(request);
    const User user = authenticate(request, accounts);
    const auto batch = decodeBody<PushRequest>(request);
    return jsonResponse(Status::Ok, toJson(sync.push(user, batch)));
}

Response pull(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    requireClientVersion(request);
    const User user = authenticate(request, accounts);
    const auto cursor = integerParameter(request, "cursor", 0);
    const auto limit = integerParameter(request, "limit", kDefaultPullLimit);
    return jsonResponse(Status::Ok, toJson(sync.pull(user, cursor, int(std::min<std::int64_t>(limit, 1 << 20)))));
}

} // namespace

Route pushRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Post,
            .pattern = "/v1/sync/push",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return push(sync, accounts, r); },
            .bodyLimit = kPushBodyLimit};
}

Route pullRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Get,
            .pattern = "/v1/sync/pull",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return pull(sync, accounts, r); }};
}

} // namespace fv::server
