#include "routes/stats_route.h"

#include "http/http_error.h"
#include "http/json_response.h"
#include "routes/request_context.h"
#include "storage/sync_store.h"

namespace fv::server {
namespace {

nlohmann::ordered_json toJson(const OperatorStats& stats)
{
    nlohmann::ordered_json devices = nlohmann::ordered_json::array();
    for (const auto& d : stats.devices)
        devices.push_back({{"deviceId", d.deviceId},
                           {"userId", d.userId},
                           {"lastSeq", d.lastSeq},
                           {"firstSeenAt", d.firstSeenAt.toString()},
                           {"lastSyncAt", d.lastSyncAt.toString()}});
    return {{"devicesSeen", stats.devices.size()},
            {"pendingConflicts", stats.pendingConflicts},
            {"records", stats.records},
            {"lastChangeSeq", stats.lastChangeSeq},
            {"devices", devices}};
}

Response stats(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    const User user = authenticate(request, accounts);
    if (user.role != Role::Admin && user.role != Role::BackOffice)
        throw HttpError(Status::Forbidden, "forbidden", "only the back office and administrators see server statistics");
    return jsonResponse(Status::Ok, toJson(sync.stats()));
}

} // namespace

Route statsRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Get,
            .pattern = "/v1/stats",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return stats(sync, accounts, r); }};
}

} // namespace fv::server
