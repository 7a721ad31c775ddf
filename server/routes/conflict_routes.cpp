#include "routes/conflict_routes.h"

#include "http/http_error.h"
#include "http/json_response.h"
#include "routes/conflict_json.h"
#include "routes/request_context.h"
#include "storage/sync_store.h"
#include "sync/access_policy.h"

#include "json/record_json.h"
#include <charconv>

namespace fv::server {
namespace {

constexpr int kDefaultPageSize = 100;

// The body of a resolution. `value` is checked by hand as well: null is a value a reviewer
// may choose (an element removed, a field cleared), so "absent" must be told apart from it.
struct ResolveBody {
    ConflictChoice choice = ConflictChoice::Server;
    std::int64_t baseVersion = 0;
    std::optional<Json> value;

    static constexpr auto fields()
    {
        return std::tuple{field("choice", &ResolveBody::choice), field("baseVersion", &ResolveBody::baseVersion),
                          field("value", &ResolveBody::value)};
    }
};

std::optional<std::string> nonEmptyParameter(const Request& request, std::string_view name)
{
    auto value = queryParameter(request, name);
    return value && !value->empty() ? value : std::nullopt;
}

constexpr std::size_t kMaxIds = 500;

// "17,18,40": the conflicts a device was told of in its push answers and now follows.
std::vector<std::int64_t> idsParameter(const Request& request)
{
    std::vector<std::int64_t> ids;
    const auto text = nonEmptyParameter(request, "ids");
    if (!text) return ids;
    const auto invalid = [] {
        return HttpError(Status::BadRequest, "invalid_parameter",
                         "ids must be at most " + std::to_string(kMaxIds) + " conflict ids, separated by commas",
                         "ids");
    };
    for (std::size_t start = 0; start <= text->size();) {
        const auto end = std::min(text->find(',', start), text->size());
        std::int64_t id = 0;
        const auto [stop, ec] = std::from_chars(text->data() + start, text->data() + end, id);
        if (ec != std::errc{} || stop != text->data() + end || id <= 0 || ids.size() == kMaxIds) throw invalid();
        ids.push_back(id);
        start = end + 1;
    }
    return ids;
}

ConflictQuery queryOf(const Request& request)
{
    ConflictQuery query;
    if (const auto state = queryParameter(request, "state")) {
        const auto parsed = enumFromString<ConflictState>(*state);
        if (!parsed)
            throw HttpError(Status::BadRequest, "invalid_parameter", "state must be " + allowedNames<ConflictState>(),
                            "state");
        query.state = *parsed;
    }
    query.projectId = nonEmptyParameter(request, "projectId");
    query.recordId = nonEmptyParameter(request, "recordId");
    query.ids = idsParameter(request);
    query.cursor = integerParameter(request, "cursor", 0);
    query.limit = int(std::min<std::int64_t>(integerParameter(request, "limit", kDefaultPageSize), 1 << 20));
    return query;
}

HttpError notFound(std::string_view id)
{
    return HttpError(Status::NotFound, "conflict_not_found",
                     "there is no conflict " + std::string(id) + " that you may resolve");
}

std::int64_t conflictIdOf(const PathParams& params)
{
    const std::string& text = params.at("conflictId");
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0) throw notFound(text);
    return id;
}

ResolveRequest resolveRequestOf(const Request& request, std::int64_t conflictId)
{
    const Json json = parseJsonBody(request);
    auto decoded = decode<ResolveBody>(json);
    if (!decoded.ok()) throw ValidationError(std::move(decoded.problems));
    const bool hasValue = json.contains("value");
    const bool wantsValue = decoded.value->choice == ConflictChoice::Value;
    if (wantsValue && !hasValue) throw ValidationError(Problems{{"value", "is required when choice is \"value\""}});
    if (!wantsValue && hasValue) throw ValidationError(Problems{{"value", "goes only with choice \"value\""}});
    return {conflictId, decoded.value->choice, hasValue ? std::optional(json.at("value")) : std::nullopt,
            decoded.value->baseVersion};
}

// Every refusal of the store as the HTTP error a client branches on.
HttpError refusalOf(const ResolveResult& result, const ResolveRequest& request, std::string_view id)
{
    const auto& entry = result.conflict;
    switch (result.status) {
    case ResolveStatus::Resolved:
    case ResolveStatus::NotFound:
        break;
    case ResolveStatus::AlreadyResolved:
        return HttpError(Status::Conflict, "conflict_already_resolved",
                         "conflict " + std::string(id) + " was already resolved by " + entry->resolution->by + " at " +
                             entry->resolution->at.toString());
    case ResolveStatus::StaleBase:
        return HttpError(Status::Conflict, "stale_base_version",
                         "the record is at version " + std::to_string(entry->recordVersion) + " now, not " +
                             std::to_string(request.baseVersion) + ": look at it again before deciding",
                         "baseVersion");
    case ResolveStatus::RecordDeleted:
        return HttpError(Status::Conflict, "record_deleted",
                         "the record has been deleted since: restore it before settling its values");
    case ResolveStatus::Invalid:
        return HttpError(Status::UnprocessableContent, "invalid",
                         std::string("the record would not be valid with this value: ") +
                             ValidationError(result.problems).what(),
                         request.choice == ConflictChoice::Value ? "value" : "choice");
    }
    return notFound(id);
}

Response list(SyncStore& sync, AccountStore& accounts, const Request& request)
{
    const User user = authenticate(request, accounts);
    return jsonResponse(Status::Ok, toJson(sync.conflicts(user, queryOf(request))));
}

Response resolve(SyncStore& sync, AccountStore& accounts, const Request& request, const PathParams& params)
{
    const User user = authenticate(request, accounts);
    if (!mayReviewConflicts(user))
        throw HttpError(Status::Forbidden, "forbidden",
                        "only project leads, the back office and administrators resolve conflicts");
    const auto resolution = resolveRequestOf(request, conflictIdOf(params));
    auto result = sync.resolveConflict(user, resolution);
    if (result.status != ResolveStatus::Resolved) throw refusalOf(result, resolution, params.at("conflictId"));
    nlohmann::ordered_json body = {{"conflict", toJson(*result.conflict)},
                                   {"record", encodeRecord(std::move(*result.record))}};
    return jsonResponse(Status::Ok, body);
}

} // namespace

Route conflictsRoute(SyncStore& sync, AccountStore& accounts)
{
    return {.method = Method::Get,
            .pattern = "/v1/conflicts",
            .handler = [&sync, &accounts](const Request& r, const PathParams&) { return list(sync, accounts, r); }};
}

Route resolveConflictRoute(SyncStore& sync, AccountStore& accounts)
{
    return {
        .method = Method::Post,
        .pattern = "/v1/conflicts/{conflictId}/resolve",
        .handler = [&sync, &accounts](const Request& r, const PathParams& p) { return resolve(sync, accounts, r, p); }};
}

} // namespace fv::server
