#include "routes/sync_routes.h"

#include "http/http_error.h"
#include "http/json_response.h"
#include "routes/pull_answer.h"
#include "routes/push_answer.h"
#include "routes/request_context.h"
#include "storage/sync_store.h"

namespace fv::server {
namespace {

constexpr int kDefaultPullLimit = 1000;

Response push(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    requireClientVersion(request);
    const User user = authenticate(request, accounts);
    const auto batch = decodeBody<PushRequest>(request);
    return jsonTextResponse(Status::Ok, pushAnswerBody(sync.push(user, batch)));
}

Response pull(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    requireClientVersion(request);
    const User user = authenticate(request, accounts);
    const auto cursor = integerParameter(request, "cursor", 0);
    const auto limit = integerParameter(request, "limit", kDefaultPullLimit);
    return jsonTextResponse(Status::Ok,
                            pullAnswerBody(sync.pull(user, cursor, int(std::min<std::int64_t>(limit, 1 << 20)))));
}

} // namespace

Route pushRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Post,
            .pattern = "/v1/sync/push",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return push(sync, accounts, r); },
            .bodyLimit = kMaxPushBytes}; // the limit devices size their batches to
}

Route pullRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Get,
            .pattern = "/v1/sync/pull",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return pull(sync, accounts, r); }};
}

} // namespace fv::server
