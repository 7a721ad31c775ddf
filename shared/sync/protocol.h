#pragma once

// The sync protocol's messages (server/PROTOCOL.md describes them with
// examples). Requests are decoded like any untrusted input: every problem
// with its path. Both ends use these types, so they cannot drift apart.

#include "domain/record.h"
#include "json/codec.h"
#include "sync/conflict_decision.h"
#include "sync/field_conflict.h"
#include "sync/mutation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv {

// The protocol revision the wire format follows; sent on every request.
inline constexpr int kProtocolVersion = 1;

// The longest push body the server reads (it answers a longer one 413 unread), the limit it
// holds every JSON body to: only blob uploads may be longer. Devices keep each batch under it
// and refuse, themselves, a change that could never fit (SyncLedger::startBatch, Pusher).
inline constexpr std::size_t kMaxPushBytes = 1024 * 1024;

// One outbox entry on the wire. `seq` increases per device; the server
// remembers the highest it has applied, so a replayed batch applies nothing twice.
struct PushMutation {
    std::int64_t seq = 0;
    Mutation mutation;

    static constexpr auto fields()
    {
        return std::tuple{field("seq", &PushMutation::seq), field("mutation", &PushMutation::mutation)};
    }
};

void checkRules(const PushMutation& pushed, const std::string& path, Problems& out);

struct PushRequest {
    std::string deviceId;
    std::vector<PushMutation> mutations;

    static constexpr auto fields()
    {
        return std::tuple{field("deviceId", &PushRequest::deviceId), field("mutations", &PushRequest::mutations)};
    }
};

void checkRules(const PushRequest& request, const std::string& path, Problems& out);

enum class PushStatus { Applied, Merged, Conflict, Duplicate, Forbidden, Invalid };

template <>
struct EnumNames<PushStatus> {
    static constexpr EnumTable<PushStatus, 6> values{{{PushStatus::Applied, "applied"},
                                                      {PushStatus::Merged, "merged"},
                                                      {PushStatus::Conflict, "conflict"},
                                                      {PushStatus::Duplicate, "duplicate"},
                                                      {PushStatus::Forbidden, "forbidden"},
                                                      {PushStatus::Invalid, "invalid"}}};
};

// True for the answers after which the server holds the change (or a
// conflict kept for review): the device may drop the outbox entry.
bool isAccepted(PushStatus status);

// The server's answer to one mutation. A duplicate carries the first
// answer's details, with `firstStatus` saying what that answer was.
struct PushResult {
    std::int64_t seq = 0;
    std::string recordId;
    PushStatus status = PushStatus::Applied;
    std::optional<PushStatus> firstStatus;
    std::int64_t version = 0;
    std::vector<FieldConflict> conflicts;
    Problems problems;
    std::optional<RawRecord> record; // the record as the server holds it after this change
    std::vector<std::string> missingBlobs;
};

struct PushResponse {
    std::vector<PushResult> results;
};

struct PullResponse {
    std::vector<RawRecord> records;
    std::int64_t nextCursor = 0;
    bool hasMore = false;
};

Json toJson(const PushResult& result);
Json toJson(const PushResponse& response);
Json toJson(const PullResponse& response);
// The same, moving each record's fields into the JSON instead of copying them: what the server
// does with the answer it is about to send.
Json toJson(PushResponse&& response);
Json toJson(PullResponse&& response);
Json toJson(const FieldConflict& conflict);

// toJson(result).dump(), written straight to text: a server writes one for every mutation it
// answers and one more for its ledger. `recordJson`, when not empty, is the record's JSON text
// (see dumpRecord), written in place of encoding `result.record`.
std::string dumpPushResult(const PushResult& result, std::string_view recordJson = {});

// For answers from the server; a malformed one throws Error(Protocol).
PushResult pushResultFromJson(const Json& json);
PushResponse pushResponseFromJson(const Json& json);
PullResponse pullResponseFromJson(const Json& json);
// The same, moving the records' fields out of `json`: a page holds thousands.
PullResponse pullResponseFromJson(Json&& json);

// ---- conflicts the device reported, as reviewers settle them ------------------------------
// The most conflict ids one request asks about: the query stays short whatever the device holds.
inline constexpr std::size_t kMaxConflictIdsPerRequest = 100;

// GET /v1/conflicts for the resolved ones among `ids` (at most kMaxConflictIdsPerRequest).
std::string settledConflictsTarget(const std::vector<std::int64_t>& ids);
// The settled conflicts of that answer; open ones are skipped. A server that does not know the
// `ids` filter answers with other conflicts too: callers match by id.
std::vector<SettledConflict> settledConflictsFromJson(const Json& json);

} // namespace fv
