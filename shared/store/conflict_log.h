#pragma once

#include "store/sqlite/database.h"
#include "sync/conflict_decision.h"
#include "sync/field_conflict.h"
#include "util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fv {

// A conflict the server reported for one field of a record, so the app can
// show it on the record. The server's value is the provisional winner and
// is what the record shows; the device's value is kept here (merge.h).
// `conflict.id` is the server's id for it, which lets a later sync learn how
// a reviewer settled it (`resolution`); until then it is open.
struct RecordConflict {
    std::int64_t id = 0;
    std::string recordId;
    std::int64_t seq = 0; // the outbox entry whose answer reported it
    FieldConflict conflict;
    Timestamp reportedAt;
    std::optional<ConflictResolution> resolution;

    bool isOpen() const { return !resolution; }
};

// The sync_conflicts table. Used only by SyncLedger, inside its transactions.
class ConflictLog {
public:
    explicit ConflictLog(sqlite::Database& db) : m_db(db) {}

    // Recording the same answer twice adds nothing: (seq, field) is unique.
    void add(const std::string& recordId, std::int64_t seq, const std::vector<FieldConflict>& conflicts, Timestamp now);
    std::vector<RecordConflict> forRecord(const std::string& recordId); // oldest first
    std::vector<RecordConflict> all();                                   // oldest first
    std::int64_t openCount(); // those still waiting for a reviewer: what needs attention
    // The server ids of the conflicts not settled yet, lowest first; those without one are not followed.
    std::vector<std::int64_t> openServerIds();
    // Records the decision on every open conflict with that server id; how many there were.
    int settle(const SettledConflict& settled);
    void dismiss(std::int64_t id);

private:
    sqlite::Database& m_db;
};

} // namespace fv
