#pragma once

// The merge rules: how the server folds one device mutation into the record
// it holds. Pure functions, no I/O; the server calls them inside the
// transaction that stores the result, so "current state" cannot move under it.
//
// Versions. baseVersion is the server version the device last saw.
//  - baseVersion == current version: nothing happened meanwhile; every change
//    applies as sent (Applied).
//  - baseVersion <  current version: three-way merge per field against the
//    base value the device sent with each change (Merged, or Conflict).
//  - baseVersion >  current version: the device claims a future it cannot
//    have seen (Rejected, problem at "baseVersion").
//
// Three-way rule per field: server == base → the device's value; server ==
// device → nothing to do; otherwise a conflict. Keyed lists (people,
// milestones, deliverables, rectifications by "id"; a visit's satisfaction by
// "dimension") merge element by element instead (see list_merge.h).
//
// PROVISIONAL WINNER. In a field conflict the server's current value stays —
// the first change the server accepted wins. This is deterministic (the same
// inputs always give the same record) and immune to device clock skew, unlike
// last-write-wins by timestamp. It is only provisional: the FieldConflict keeps
// base, server and device values, and a reviewer decides; the losing value is
// never lost.
//
// Delete against edit is a conflict, never "delete wins": a delete sent with a
// stale base, or an update (or create) reaching a record deleted on the
// server, gives a conflict on "_deleted" and the record stays ALIVE — the
// delete is not applied, the edits are — so nothing disappears from anyone's
// view before a reviewer decides. Deleting again is one click; recovering a
// record nobody can see any more is not.
//
// Other cases: a create for an unknown id applies its values; a create for an
// existing id (a replay, or an id collision) merges as an update whose every
// base is null. A delete with the current base deletes; a delete of a deleted
// record is Applied and changes nothing. An update or delete of a record the
// server never had is Rejected ("no such record" at "recordId").
//
// Whatever is merged must still be a valid record of its type
// (canonicalFields) and make a legal status change (transitions.h); otherwise
// the mutation is Rejected with the problems and nothing is applied.

#include "domain/enum_names.h"
#include "sync/field_conflict.h"
#include "sync/mutation.h"
#include "util/problem.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <vector>

namespace fv {

// The conflict field naming a delete-against-edit conflict.
inline constexpr const char* kDeletedField = "_deleted";

// The record as the server holds it now.
struct ServerRecord {
    bool exists = false;
    std::int64_t version = 0;
    bool deleted = false;
    nlohmann::json fields = nlohmann::json::object();
};

enum class MergeOutcome {
    Applied,  // the base was current (or nothing to merge): applied as sent
    Merged,   // the base was stale; every change merged without conflict
    Conflict, // merged, but with conflicts; provisional winners as above
    Rejected, // nothing applied; `problems` says why
};

template <>
struct EnumNames<MergeOutcome> {
    static constexpr EnumTable<MergeOutcome, 4> values{{{MergeOutcome::Applied, "applied"},
                                                        {MergeOutcome::Merged, "merged"},
                                                        {MergeOutcome::Conflict, "conflict"},
                                                        {MergeOutcome::Rejected, "rejected"}}};
};

// What the server stores after the mutation. For Rejected, `fields` and
// `deleted` are the server's current state unchanged. On success `fields` is
// in canonical form (every field present, one time format).
struct MergeResult {
    MergeOutcome outcome = MergeOutcome::Rejected;
    nlohmann::json fields = nlohmann::json::object();
    bool deleted = false;
    std::vector<FieldConflict> conflicts; // "_deleted" first, then by field name
    Problems problems;                    // only for Rejected

    bool operator==(const MergeResult&) const = default;
};

// Folds `mutation` into `current`. Which fields really changed (for voiding
// signatures, say) is diffFields(current.fields, result.fields): conflicting
// device values are not among them.
MergeResult mergeMutation(const ServerRecord& current, const Mutation& mutation);

} // namespace fv
