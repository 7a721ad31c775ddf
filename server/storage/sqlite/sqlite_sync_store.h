#pragma once

#include "storage/sync_store.h"

namespace fv::server {

class ServerDatabase;

// SyncStore on the embedded SQLite database. A push batch is one
// transaction: the records, the conflicts and the device ledger commit
// together, and are on disk before the answer leaves (ServerDatabase::locked).
class SqliteSyncStore : public SyncStore {
public:
    explicit SqliteSyncStore(ServerDatabase& database) : m_database(database) {}

    PushOutcome push(const User& user, const PushRequest& request) override;
    PullPage pull(const User& user, std::int64_t cursor, int limit) override;
    std::optional<RawRecord> record(const std::string& id) override;
    ConflictPage conflicts(const User& user, const ConflictQuery& query) override;
    ResolveResult resolveConflict(const User& user, const ResolveRequest& request) override;
    OperatorStats stats() override;

private:
    ServerDatabase& m_database;
};

} // namespace fv::server
