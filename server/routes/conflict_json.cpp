#include "routes/conflict_json.h"

#include "sync/conflict_resolution.h"

namespace fv::server {
namespace {

nlohmann::ordered_json toJson(const ConflictResolution& resolution)
{
    return {{"choice", fv::toString(resolution.choice)},
            {"value", resolution.value},
            {"by", resolution.by},
            {"at", resolution.at.toString()},
            {"version", resolution.version}};
}

} // namespace

nlohmann::ordered_json toJson(const ConflictEntry& entry)
{
    const auto& c = entry.conflict;
    return {{"id", entry.id},
            {"recordId", entry.recordId},
            {"recordType", fv::toString(entry.recordType)},
            {"projectId", entry.projectId.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(entry.projectId)},
            {"recordVersion", entry.recordVersion},
            {"field", c.field},
            {"base", c.base},
            {"server", c.server},
            {"device", c.device},
            {"provisional", provisionalWinner(c)},
            {"deviceId", entry.deviceId},
            {"userId", entry.userId},
            {"reportedAt", entry.reportedAt.toString()},
            {"resolution", entry.resolution ? toJson(*entry.resolution) : nlohmann::ordered_json()}};
}

nlohmann::ordered_json toJson(const ConflictPage& page)
{
    auto conflicts = nlohmann::ordered_json::array();
    for (const auto& entry : page.conflicts) conflicts.push_back(toJson(entry));
    return {{"conflicts", std::move(conflicts)}, {"nextCursor", page.nextCursor}, {"hasMore", page.hasMore}};
}

} // namespace fv::server
