#include "scripted_transport.h"

#include "util/error.h"

#include "json/record_json.h"

namespace fv::test {
namespace {

PushStatus statusOf(MergeOutcome outcome)
{
    switch (outcome) {
    case MergeOutcome::Applied: return PushStatus::Applied;
    case MergeOutcome::Merged: return PushStatus::Merged;
    case MergeOutcome::Conflict: return PushStatus::Conflict;
    case MergeOutcome::Rejected: return PushStatus::Invalid;
    }
    return PushStatus::Invalid;
}

void runOnce(std::function<void()>& hook)
{
    if (!hook) return;
    auto run = std::move(hook);
    hook = nullptr;
    run();
}

// As over the wire: what the device sends and receives is what JSON can carry.
PushRequest overTheWire(const PushRequest& request)
{
    auto decoded = decode<PushRequest>(Json::parse(encode(request).dump()));
    if (!decoded.ok())
        throw Error(ErrorDomain::Protocol, "bad_request",
                    "400: " + decoded.problems.front().path + " " + decoded.problems.front().message);
    return std::move(*decoded.value);
}

} // namespace

PushResponse ScriptedTransport::push(const PushRequest& request)
{
    pushes.push_back(request);
    const auto failure = std::exchange(m_nextPushFailure, Failure::None);
    if (failure == Failure::BeforeServer)
        throw Error(ErrorDomain::Network, "unreachable", "cannot reach the server: connection refused");
    auto response = answerAll(overTheWire(request));
    if (failure == Failure::AfterServer)
        throw Error(ErrorDomain::Network, "timeout", "the server did not answer within 30 s");
    if (failure == Failure::Garbled) response.results.pop_back();
    runOnce(beforePushAnswer);
    return pushResponseFromJson(Json::parse(toJson(response).dump()));
}

PullResponse ScriptedTransport::pull(std::int64_t cursor, int limit)
{
    pulls.emplace_back(cursor, limit);
    if (m_pullsBeforeFailure == 0) {
        m_pullsBeforeFailure = -1;
        throw Error(ErrorDomain::Network, "unreachable", "cannot reach the server: network is down");
    }
    if (m_pullsBeforeFailure > 0) --m_pullsBeforeFailure;

    std::map<std::int64_t, const RawRecord*> feed;
    for (const auto& [id, stored] : m_records)
        if (stored.change > cursor) feed.emplace(stored.change, &stored.record);
    PullResponse page{{}, cursor, false};
    for (const auto& [change, record] : feed) {
        if (int(page.records.size()) == limit) {
            page.hasMore = true;
            break;
        }
        page.records.push_back(*record);
        page.nextCursor = change;
    }
    runOnce(beforePullAnswer);
    return pullResponseFromJson(Json::parse(toJson(page).dump()));
}

// The resolved conflicts among `ids`, in the shape of GET /v1/conflicts?state=resolved.
std::vector<SettledConflict> ScriptedTransport::settledConflicts(const std::vector<std::int64_t>& ids)
{
    conflictQueries.push_back(ids);
    if (std::exchange(failNextConflictQuery, false))
        throw Error(ErrorDomain::Network, "unreachable", "cannot reach the server: network is down");
    Json conflicts = Json::array();
    for (const auto id : ids) {
        const auto settled = m_settled.find(id);
        if (settled == m_settled.end()) continue;
        const auto& r = settled->second;
        conflicts.push_back({{"id", id},
                             {"resolution",
                              {{"choice", toString(r.choice)},
                               {"value", r.value},
                               {"by", r.by},
                               {"at", r.at.toString()},
                               {"version", r.version}}}});
    }
    return settledConflictsFromJson(Json::parse(Json{{"conflicts", conflicts}}.dump()));
}

void ScriptedTransport::settle(std::int64_t conflictId, ConflictResolution resolution)
{
    m_settled[conflictId] = std::move(resolution);
}

void ScriptedTransport::refuse(const std::string& recordId, PushStatus status, Problems problems)
{
    m_refusals[recordId] = {status, std::move(problems)};
}

PushResponse ScriptedTransport::answerAll(const PushRequest& request)
{
    PushResponse response;
    for (const auto& pushed : request.mutations) response.results.push_back(answer(request.deviceId, pushed));
    return response;
}

// The real server's de-duplication: a seq it has seen gets its first answer
// back; a new one must be above every seq seen, or an entry was skipped.
PushResult ScriptedTransport::answer(const std::string& deviceId, const PushMutation& pushed)
{
    if (const auto it = m_firstAnswers.find({deviceId, pushed.seq}); it != m_firstAnswers.end()) {
        PushResult again = it->second;
        again.firstStatus = again.status;
        again.status = PushStatus::Duplicate;
        return again;
    }
    auto& highest = m_highestSeq[deviceId];
    if (pushed.seq <= highest)
        throw Error(ErrorDomain::Protocol, "out_of_order",
                    "seq " + std::to_string(pushed.seq) + " after " + std::to_string(highest));
    highest = pushed.seq;
    PushResult result = merge(deviceId, pushed);
    m_firstAnswers[{deviceId, pushed.seq}] = result;
    return result;
}

PushResult ScriptedTransport::merge(const std::string& deviceId, const PushMutation& pushed)
{
    const auto& m = pushed.mutation;
    PushResult result{pushed.seq, m.recordId, PushStatus::Applied, std::nullopt, 0, {}, {}, std::nullopt, {}};
    const auto existing = m_records.find(m.recordId);
    const bool exists = existing != m_records.end();
    if (exists) result.version = existing->second.record.meta.version;
    if (const auto refusal = m_refusals.find(m.recordId); refusal != m_refusals.end()) {
        result.status = refusal->second.first;
        result.problems = refusal->second.second;
        return result;
    }
    const ServerRecord current =
        exists ? ServerRecord{true, existing->second.record.meta.version, existing->second.record.meta.deleted,
                              existing->second.record.fields}
               : ServerRecord{};
    auto merged = mergeMutation(current, m);
    result.status = statusOf(merged.outcome);
    result.conflicts = merged.conflicts;
    if (answersWithConflictIds)
        for (auto& conflict : result.conflicts) conflict.id = ++m_conflictIds;
    result.problems = merged.problems;
    if (merged.outcome == MergeOutcome::Rejected) return result;

    RawRecord record = exists ? existing->second.record : RawRecord{};
    if (!exists) record.meta = {m.recordId, m.recordType, 0, Timestamp::now(), {}, "device-user", deviceId, false};
    record.meta.deleted = merged.deleted;
    record.fields = merged.fields;
    store(record, deviceId);
    result.version = m_records.at(m.recordId).record.meta.version;
    result.record = m_records.at(m.recordId).record;
    return result;
}

void ScriptedTransport::store(RawRecord record, const std::string& deviceId)
{
    const std::string id = record.meta.id; // a copy: `record` is moved below
    const auto it = m_records.find(id);
    record.meta.version = it == m_records.end() ? 1 : it->second.record.meta.version + 1;
    record.meta.updatedAt = Timestamp::now();
    record.meta.device = deviceId;
    m_records[id] = {std::move(record), ++m_changes};
}

void ScriptedTransport::otherDeviceCreate(const RawRecord& record) { store(record, "tablet-99"); }

void ScriptedTransport::otherDeviceEdit(const std::string& id, const std::function<void(Json&)>& edit)
{
    RawRecord record = m_records.at(id).record;
    edit(record.fields);
    store(std::move(record), "tablet-99");
}

void ScriptedTransport::otherDeviceDelete(const std::string& id)
{
    RawRecord record = m_records.at(id).record;
    record.meta.deleted = true;
    store(std::move(record), "tablet-99");
}

std::optional<RawRecord> ScriptedTransport::record(const std::string& id) const
{
    const auto it = m_records.find(id);
    if (it == m_records.end()) return std::nullopt;
    return it->second.record;
}

} // namespace fv::test
