#pragma once

#include "store/conflict_log.h"
#include "store/local_store.h"
#include "store/refusal_log.h"
#include "store/server_copy_writer.h"
#include "sync/protocol.h"
#include "sync/sync_report.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fv {

// One sent outbox entry with the server's answer to it.
struct AnsweredEntry {
    OutboxEntry entry;
    PushResult answer;

    // What the server did with the mutation: for a duplicate, what its first
    // answer was (a refused mutation stays refused when resent).
    PushStatus outcome() const
    {
        return answer.status == PushStatus::Duplicate && answer.firstStatus ? *answer.firstStatus : answer.status;
    }
};

// The device's side of sync in its database. It owns the sync tables
// (sync_state, sync_refusals, sync_conflicts) and is the only writer of the
// server's copies of records; everything else of the local store it reaches
// through LocalStore and its Outbox.
//
// Each method that writes runs in one transaction of its own, so a crash
// leaves all of a batch's answers or page's records applied, or none.
// The engine never holds a transaction while waiting for the network.
class SyncLedger {
public:
    explicit SyncLedger(LocalStore& store);

    // ---- push ------------------------------------------------------------------
    // The device id this database pushes as. Fixed at first use, because the
    // server de-duplicates resent entries by (device, seq): a resend under
    // another id would apply twice.
    std::string deviceId();
    // The highest seq queued so far: a run pushes up to it and no further, so
    // edits made while it runs wait for the next run instead of prolonging it.
    std::int64_t lastQueuedSeq();
    // Chooses the next batch (at most `limit` entries, none above `lastSeq`, together under
    // kMaxPushBytes unless one entry alone is not) and marks it as on the wire, in one
    // transaction, so what is sent is exactly what was marked even if another connection is
    // saving meanwhile.
    std::vector<OutboxEntry> startBatch(int limit, std::int64_t lastSeq);
    // Applies a whole batch's answers: accepted entries leave the outbox and
    // their records take the server's copy (waiting edits on top); conflicts
    // are recorded; refused entries move to the refusals.
    void applyAnswers(const std::vector<AnsweredEntry>& answers, Timestamp now);

    // ---- pull ------------------------------------------------------------------
    std::int64_t cursor(); // 0 before the first pull
    // Writes one page's records and its cursor together.
    void applyPage(const PullResponse& page);

    // ---- how runs went ---------------------------------------------------------
    void recordSuccess(Timestamp at);
    void recordFailure(const std::string& error);
    SyncStatus status();

    // ---- what the user reviews -------------------------------------------------
    std::vector<Refusal> refusals();
    void dismissRefusal(std::int64_t seq);
    std::vector<RecordConflict> conflictsFor(const std::string& recordId);
    std::vector<RecordConflict> conflicts(); // of every record, oldest first, open and settled
    void dismissConflict(std::int64_t id);

    // ---- what reviewers decided -----------------------------------------------------
    // The server's ids of the conflicts still open here: what a run asks the server about.
    std::vector<std::int64_t> openConflictServerIds();
    // Records how reviewers settled those conflicts, all in one transaction; ids this device
    // does not follow (or already knows settled) change nothing. How many conflicts it settled.
    int recordSettled(const std::vector<SettledConflict>& settled);

private:
    void applyAnswer(const AnsweredEntry& answered, Timestamp now);
    void applyServerCopy(const PushResult& answer);
    std::optional<std::string> state(const std::string& key);
    void setState(const std::string& key, const std::string& value);

    LocalStore& m_store;
    sqlite::Database& m_db;
    ServerCopyWriter m_copies;
    RefusalLog m_refusals;
    ConflictLog m_conflicts;
};

} // namespace fv
