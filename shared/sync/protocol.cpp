#include "sync/protocol.h"

#include "json/record_json.h"
#include "util/error.h"

namespace fv {
namespace {

[[noreturn]] void malformed(const std::string& what)
{
    throw Error(ErrorDomain::Protocol, "malformed_answer", "the server's answer is malformed: " + what);
}

template <class J> // const Json or Json: a member to read, or to move out of
J& member(J& json, const char* key)
{
    if (!json.is_object() || !json.contains(key)) malformed(std::string("missing ") + key);
    return json.at(key);
}

template <class T>
T read(const Json& json, const char* key)
{
    auto decoded = decode<T>(member(json, key), key);
    if (!decoded.ok()) malformed(decoded.problems.front().path + " " + decoded.problems.front().message);
    return std::move(*decoded.value);
}

// The id is optional: servers before conflict review sent none.
FieldConflict fieldConflictFromJson(const Json& json)
{
    FieldConflict c{read<std::string>(json, "field"), member(json, "base"), member(json, "server"),
                    member(json, "device")};
    if (json.contains("id") && !json.at("id").is_null()) c.id = read<std::int64_t>(json, "id");
    return c;
}

ConflictResolution resolutionFromJson(const Json& json)
{
    return {read<ConflictChoice>(json, "choice"), member(json, "value"), read<std::string>(json, "by"),
            read<Timestamp>(json, "at"), read<std::int64_t>(json, "version")};
}

template <class J>
RawRecord readRecord(J&& json)
{
    auto decoded = decodeRawRecord(std::forward<J>(json));
    if (!decoded.ok()) malformed("record " + decoded.problems.front().path + " " + decoded.problems.front().message);
    return std::move(*decoded.value);
}

Json problemsToJson(const Problems& problems)
{
    Json out = Json::array();
    for (const auto& p : problems) out.push_back({{"field", p.path}, {"message", p.message}});
    return out;
}

Problems problemsFromJson(const Json& json)
{
    Problems out;
    for (const auto& p : json) out.push_back({read<std::string>(p, "field"), read<std::string>(p, "message")});
    return out;
}

} // namespace

void checkRules(const PushMutation& pushed, const std::string& path, Problems& out)
{
    if (pushed.seq <= 0) out.push_back({joinPath(path, "seq"), "must be a positive sequence number"});
}

void checkRules(const PushRequest& request, const std::string& path, Problems& out)
{
    if (request.deviceId.empty()) out.push_back({joinPath(path, "deviceId"), "must not be empty"});
    for (std::size_t i = 1; i < request.mutations.size(); ++i)
        if (request.mutations[i].seq <= request.mutations[i - 1].seq)
            out.push_back({joinPath(indexPath(joinPath(path, "mutations"), i), "seq"), "must increase within a batch"});
}

bool isAccepted(PushStatus status)
{
    return status == PushStatus::Applied || status == PushStatus::Merged || status == PushStatus::Conflict ||
           status == PushStatus::Duplicate;
}

Json toJson(const FieldConflict& c)
{
    Json json = {{"field", c.field}, {"base", c.base}, {"server", c.server}, {"device", c.device}};
    if (c.id) json["id"] = *c.id;
    return json;
}

namespace {

// Everything of a result but its record, which the callers copy or move in. dumpPushResult
// writes the same as text: a member added here goes there too (tst_protocol compares them).
Json resultWithoutRecord(const PushResult& r)
{
    Json json = {{"seq", r.seq}, {"recordId", r.recordId}, {"status", toString(r.status)}, {"version", r.version}};
    if (r.firstStatus) json["firstStatus"] = toString(*r.firstStatus);
    json["conflicts"] = Json::array();
    for (const auto& c : r.conflicts) json["conflicts"].push_back(toJson(c));
    json["problems"] = problemsToJson(r.problems);
    json["missingBlobs"] = r.missingBlobs;
    return json;
}

Json pullPage(Json records, const PullResponse& response)
{
    return {{"records", std::move(records)}, {"nextCursor", response.nextCursor}, {"hasMore", response.hasMore}};
}

} // namespace

Json toJson(const PushResult& r)
{
    Json json = resultWithoutRecord(r);
    json["record"] = r.record ? encodeRecord(*r.record) : Json(nullptr);
    return json;
}

Json toJson(const PushResponse& response)
{
    Json results = Json::array();
    for (const auto& r : response.results) results.push_back(toJson(r));
    return {{"results", std::move(results)}};
}

Json toJson(PushResponse&& response)
{
    Json results = Json::array();
    for (auto& r : response.results) {
        Json json = resultWithoutRecord(r);
        json["record"] = r.record ? encodeRecord(std::move(*r.record)) : Json(nullptr);
        results.push_back(std::move(json));
    }
    return {{"results", std::move(results)}};
}

Json toJson(const PullResponse& response)
{
    Json records = Json::array();
    for (const auto& r : response.records) records.push_back(encodeRecord(r));
    return pullPage(std::move(records), response);
}

Json toJson(PullResponse&& response)
{
    Json records = Json::array();
    for (auto& r : response.records) records.push_back(encodeRecord(std::move(r)));
    return pullPage(std::move(records), response);
}

std::string dumpPushResult(const PushResult& r, std::string_view recordJson)
{
    // nlohmann's objects keep their keys sorted: the same order here gives the same text.
    Json conflicts = Json::array();
    for (const auto& c : r.conflicts) conflicts.push_back(toJson(c));
    std::string text = "{\"conflicts\":" + conflicts.dump();
    if (r.firstStatus) text += ",\"firstStatus\":\"" + std::string(toString(*r.firstStatus)) + '"';
    text += ",\"missingBlobs\":";
    text += r.missingBlobs.empty() ? "[]" : Json(r.missingBlobs).dump();
    text += ",\"problems\":";
    text += r.problems.empty() ? "[]" : problemsToJson(r.problems).dump();
    text += ",\"record\":";
    if (!recordJson.empty()) text += recordJson;
    else text += r.record ? encodeRecord(*r.record).dump() : "null";
    text += ",\"recordId\":" + Json(r.recordId).dump();
    text += ",\"seq\":" + std::to_string(r.seq);
    text += ",\"status\":\"" + std::string(toString(r.status));
    text += "\",\"version\":" + std::to_string(r.version) + '}';
    return text;
}

PushResult pushResultFromJson(const Json& json)
{
    PushResult r;
    r.seq = read<std::int64_t>(json, "seq");
    r.recordId = read<std::string>(json, "recordId");
    r.status = read<PushStatus>(json, "status");
    if (json.contains("firstStatus")) r.firstStatus = read<PushStatus>(json, "firstStatus");
    r.version = read<std::int64_t>(json, "version");
    for (const auto& c : member(json, "conflicts")) r.conflicts.push_back(fieldConflictFromJson(c));
    r.problems = problemsFromJson(member(json, "problems"));
    if (const auto& record = member(json, "record"); !record.is_null()) r.record = readRecord(record);
    r.missingBlobs = read<std::vector<std::string>>(json, "missingBlobs");
    return r;
}

PushResponse pushResponseFromJson(const Json& json)
{
    PushResponse response;
    for (const auto& r : member(json, "results")) response.results.push_back(pushResultFromJson(r));
    return response;
}

PullResponse pullResponseFromJson(const Json& json)
{
    PullResponse response;
    for (const auto& r : member(json, "records")) response.records.push_back(readRecord(r));
    response.nextCursor = read<std::int64_t>(json, "nextCursor");
    response.hasMore = read<bool>(json, "hasMore");
    return response;
}

PullResponse pullResponseFromJson(Json&& json)
{
    PullResponse response;
    auto& records = member(json, "records");
    response.records.reserve(records.size());
    for (auto& r : records) response.records.push_back(readRecord(std::move(r)));
    response.nextCursor = read<std::int64_t>(json, "nextCursor");
    response.hasMore = read<bool>(json, "hasMore");
    return response;
}

std::string settledConflictsTarget(const std::vector<std::int64_t>& ids)
{
    std::string target = "/v1/conflicts?state=resolved&limit=" + std::to_string(ids.size()) + "&ids=";
    for (std::size_t i = 0; i < ids.size(); ++i) target += (i ? "," : "") + std::to_string(ids[i]);
    return target;
}

std::vector<SettledConflict> settledConflictsFromJson(const Json& json)
{
    std::vector<SettledConflict> settled;
    for (const auto& c : member(json, "conflicts")) {
        const auto& resolution = member(c, "resolution");
        if (resolution.is_null()) continue; // still open
        settled.push_back({read<std::int64_t>(c, "id"), resolutionFromJson(resolution)});
    }
    return settled;
}

} // namespace fv
