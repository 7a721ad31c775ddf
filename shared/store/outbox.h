#pragma once

#include "store/sqlite/database.h"
#include "sync/mutation.h"
#include "util/time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace fv {

// A mutation waiting in the outbox, with its place in the queue.
struct OutboxEntry {
    std::int64_t seq = 0;
    Mutation mutation;
    Timestamp createdAt;
    std::size_t changesBytes = 0; // the changes as queued, in JSON: most of the entry on the wire
};

// What an entry takes in a push request, near enough to keep batches under kMaxPushBytes:
// its changes plus room for the rest of the mutation (ids, type, op, versions).
inline std::size_t wireBytes(const OutboxEntry& entry) { return entry.changesBytes + 512; }

// The only way into and out of the outbox table. It never opens a
// transaction itself: callers write the record and its mutation in one.
class Outbox {
public:
    explicit Outbox(sqlite::Database& db) : m_db(db) {}

    // Queues a mutation. Edits to a record whose last change has not started
    // sending yet are folded into that entry — original base values kept — so
    // a form typed into field by field sends one mutation, not hundreds.
    void append(const Mutation& mutation, Timestamp now);

    std::int64_t size();
    // Every waiting entry, sending or not, lowest seq first.
    std::vector<OutboxEntry> pending(int limit);
    // The highest seq ever queued and still waiting (0 when empty).
    std::int64_t lastSeq();

    // ---- for sync (SyncLedger calls these inside its transactions) ----------

    // Puts entries on the wire: from now on they are resent exactly as they
    // are, with the same seq, until the server answers them.
    void markSending(const std::vector<OutboxEntry>& entries);
    // Drops an entry the server has answered.
    void remove(std::int64_t seq);
    // A record's waiting entries, lowest seq first.
    std::vector<OutboxEntry> entriesFor(const std::string& recordId);
    // Records with at least one waiting entry.
    std::unordered_set<std::string> recordsWaiting();
    // After the server applied a change exactly as sent, it holds what the
    // record's later, unsent entries were made against: they may claim that
    // version as their base (a delete queued after an edit then deletes
    // instead of looking stale). Entries already sent are never touched.
    void rebase(const std::string& recordId, std::int64_t fromVersion, std::int64_t toVersion);

private:
    std::optional<OutboxEntry> lastPendingFor(const std::string& recordId);
    void fold(const OutboxEntry& entry, const Mutation& next);
    void insert(const Mutation& mutation, Timestamp now);
    void erase(std::int64_t seq);

    sqlite::Database& m_db;
};

} // namespace fv
