#pragma once

#include "store/sqlite/database.h"
#include "sync/mutation.h"
#include "util/time.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fv {

// A mutation waiting in the outbox, with its place in the queue.
struct OutboxEntry {
    std::int64_t seq = 0;
    Mutation mutation;
    Timestamp createdAt;
};

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
    std::vector<OutboxEntry> pending(int limit);

private:
    std::optional<OutboxEntry> lastPendingFor(const std::string& recordId);
    void fold(const OutboxEntry& entry, const Mutation& next);
    void insert(const Mutation& mutation, Timestamp now);
    void erase(std::int64_t seq);

    sqlite::Database& m_db;
};

} // namespace fv
