#pragma once

#include "store/sqlite/database.h"
#include "sync/protocol.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fv::server {

// The answers a push batch gave to its new sequences, as the ledger keeps them: one JSON
// array of dumpPushResult texts, each carrying its own "seq". Built by concatenating the
// texts: no answer is parsed or re-encoded on the write path.
class LedgerBatch {
public:
    // `seq` must be higher than any added before (checkRules(PushRequest) makes it so).
    void add(std::int64_t seq, std::string_view answer);
    bool empty() const { return m_answers.empty(); }
    std::int64_t firstSeq() const { return m_firstSeq; }
    std::int64_t lastSeq() const { return m_lastSeq; }
    std::string json() const { return m_answers + ']'; }

private:
    std::int64_t m_firstSeq = 0;
    std::int64_t m_lastSeq = 0;
    std::string m_answers; // "[a,b,…", closed by json()
};

// What each device has already pushed: its highest applied sequence and the
// answer given to each mutation, so a replay gets the same answer again
// (Replicache's lastMutationID idea, plus the stored answer). Written in the
// same transaction as the changes it describes. The answers are kept one row
// per batch (table mutation_batches, schema v4), not one per mutation: a batch
// is one b-tree insert inside the single write lock.
class DeviceLedger {
public:
    explicit DeviceLedger(sqlite::Database& db) : m_db(db) {}

    // Registers the device for this user if new; returns its last applied seq.
    std::int64_t begin(const std::string& deviceId, const std::string& userId, Timestamp now);

    // The answer first given to `seq`; nullopt for a sequence never sent, or skipped.
    std::optional<PushResult> answerFor(const std::string& deviceId, std::int64_t seq);
    // Keeps a batch's answers; a batch with no new sequence keeps nothing.
    void rememberBatch(const std::string& deviceId, const LedgerBatch& batch);
    // Moves the device's last applied sequence forward, once per batch.
    void advance(const std::string& deviceId, std::int64_t seq);

private:
    // A stored batch, parsed once: replaying a whole batch asks for each of its answers in turn.
    // Stored batches never change, so the copy cannot go stale.
    struct LoadedBatch {
        std::string deviceId;
        std::int64_t firstSeq = 0;
        std::int64_t lastSeq = 0;
        Json answers;
    };
    const Json* batchHolding(const std::string& deviceId, std::int64_t seq);

    sqlite::Database& m_db;
    std::optional<LoadedBatch> m_loaded;
};

} // namespace fv::server
