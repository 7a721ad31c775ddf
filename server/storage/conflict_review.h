#pragma once

#include "domain/enum_names.h"
#include "domain/record.h"
#include "sync/conflict_decision.h"
#include "sync/field_conflict.h"
#include "util/problem.h"
#include "util/time.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// The review side of conflicts: what a push kept for review (PROTOCOL.md, "Conflicts"), how
// the back office finds it and how a reviewer settles it.
namespace fv::server {

// ConflictChoice and ConflictResolution are shared with the device (sync/conflict_decision.h).

// One conflict kept for review, with its record's version as it is now: the version a
// resolution must name as its base.
struct ConflictEntry {
    std::int64_t id = 0;
    std::string recordId;
    RecordType recordType = RecordType::Visit;
    std::string projectId; // empty for customers
    std::int64_t recordVersion = 0;
    FieldConflict conflict;
    std::string deviceId; // who lost: the device and user whose value was not kept
    std::string userId;
    Timestamp reportedAt;
    std::optional<ConflictResolution> resolution;
};

enum class ConflictState { Open, Resolved, All };

// A page of the conflicts a user may see, newest first: ids below `cursor` (0: from the newest).
struct ConflictQuery {
    ConflictState state = ConflictState::Open;
    std::optional<std::string> projectId;
    std::optional<std::string> recordId;
    std::vector<std::int64_t> ids; // only these conflicts; empty: any
    std::int64_t cursor = 0;
    int limit = 100;
};

struct ConflictPage {
    std::vector<ConflictEntry> conflicts;
    std::int64_t nextCursor = 0; // the last id returned; ask again with it while hasMore
    bool hasMore = false;
};

struct ResolveRequest {
    std::int64_t conflictId = 0;
    ConflictChoice choice = ConflictChoice::Server;
    std::optional<nlohmann::json> value; // present exactly when choice is Value (null is a value)
    std::int64_t baseVersion = 0;        // the record version the reviewer decided on
};

enum class ResolveStatus {
    Resolved,
    NotFound,        // no such conflict, or not one this reviewer may settle
    AlreadyResolved, // someone decided first
    StaleBase,       // the record moved on since the reviewer looked
    RecordDeleted,   // the record was deleted since: the value has nowhere to go
    Invalid,         // the record would break its rules with this value
};

struct ResolveResult {
    ResolveStatus status = ResolveStatus::NotFound;
    std::optional<ConflictEntry> conflict; // as stored now, except for NotFound
    std::optional<RawRecord> record;       // Resolved: the record as stored after
    Problems problems;                     // Invalid: why
};

} // namespace fv::server

template <> struct fv::EnumNames<fv::server::ConflictState> {
    static constexpr EnumTable<fv::server::ConflictState, 3> values{{{fv::server::ConflictState::Open, "open"},
                                                                     {fv::server::ConflictState::Resolved, "resolved"},
                                                                     {fv::server::ConflictState::All, "all"}}};
};
