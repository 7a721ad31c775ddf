#pragma once

#include "store/outbox.h"
#include "store/sqlite/database.h"
#include "sync/protocol.h"
#include "util/problem.h"
#include "util/time.h"

#include <cstdint>
#include <vector>

namespace fv {

// A mutation the server refused (forbidden or invalid). It is not resent —
// the same mutation would be refused again — and not dropped: the user sees
// what was refused and why until they dismiss it.
struct Refusal {
    std::int64_t seq = 0; // the outbox seq it was sent with
    Mutation mutation;
    PushStatus status = PushStatus::Invalid;
    Problems problems;
    Timestamp refusedAt;
};

// The sync_refusals table. Used only by SyncLedger, inside its transactions.
class RefusalLog {
public:
    explicit RefusalLog(sqlite::Database& db) : m_db(db) {}

    void add(const OutboxEntry& entry, PushStatus status, const Problems& problems, Timestamp now);
    std::vector<Refusal> all(); // oldest first
    std::int64_t count();
    void dismiss(std::int64_t seq);

private:
    sqlite::Database& m_db;
};

} // namespace fv
