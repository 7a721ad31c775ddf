#include "storage/sqlite/sqlite_sync_store.h"

#include "db/server_database.h"
#include "storage/sqlite/conflict_resolver.h"
#include "storage/sqlite/conflict_rows.h"
#include "storage/sqlite/project_members.h"
#include "storage/sqlite/push_applier.h"
#include "storage/sqlite/record_rows.h"
#include "store/stored_value.h"

#include <algorithm>
#include <set>

namespace fv::server {
namespace {

constexpr int kMaxPullPage = 5000;
constexpr int kMaxConflictPage = 500;

} // namespace

PushOutcome SqliteSyncStore::push(const User& user, const PushRequest& request)
{
    // Before the lock: the one writer at a time should spend its turn on the database.
    auto premerged = premergeCreates(request.mutations);
    return m_database.locked([&](sqlite::Database& db) {
        sqlite::Transaction transaction(db);
        const Timestamp now = Timestamp::now();
        PushApplier applier(db, user, scopeFor(user, assignedProjects(db, user.id)), request.deviceId, now);
        const std::int64_t lastSeq = DeviceLedger(db).begin(request.deviceId, user.id, now);
        PushOutcome outcome;
        for (std::size_t i = 0; i < request.mutations.size(); ++i) {
            const auto& pushed = request.mutations[i];
            PremergedCreate* premerge = premerged[i] ? &*premerged[i] : nullptr;
            outcome.response.results.push_back(pushed.seq <= lastSeq ? applier.replay(pushed)
                                                                     : applier.apply(pushed, premerge));
            outcome.storedFields.push_back(premerge && premerge->stored ? std::move(premerge->fieldsJson) : "");
        }
        // Same transaction as the changes: a replay of this batch finds every sequence applied.
        applier.rememberAnswers();
        if (!request.mutations.empty()) DeviceLedger(db).advance(request.deviceId, request.mutations.back().seq);
        transaction.commit();
        return outcome;
    });
}

PullPage SqliteSyncStore::pull(const User& user, std::int64_t cursor, int limit)
{
    return m_database.locked([&](sqlite::Database& db) {
        const bool all = scopeFor(user, {}).allProjects;
        return loadChanges(db, user.id, all, cursor, std::clamp(limit, 1, kMaxPullPage));
    });
}

std::optional<RawRecord> SqliteSyncStore::record(const std::string& id)
{
    return m_database.locked([&](sqlite::Database& db) { return loadRecord(db, id); });
}

ConflictPage SqliteSyncStore::conflicts(const User& user, const ConflictQuery& query)
{
    return m_database.locked([&](sqlite::Database& db) {
        ConflictQuery bounded = query;
        bounded.limit = std::clamp(query.limit, 1, kMaxConflictPage);
        return conflict_rows::load(db, user.id, scopeFor(user, {}).allProjects, bounded);
    });
}

ResolveResult SqliteSyncStore::resolveConflict(const User& user, const ResolveRequest& request)
{
    return m_database.locked([&](sqlite::Database& db) {
        sqlite::Transaction transaction(db);
        auto result =
            fv::server::resolveConflict(db, user, scopeFor(user, assignedProjects(db, user.id)), request, Timestamp::now());
        if (result.status == ResolveStatus::Resolved) transaction.commit();
        return result;
    });
}

OperatorStats SqliteSyncStore::stats()
{
    return m_database.locked([&](sqlite::Database& db) {
        OperatorStats stats;
        auto devices = db.prepare("SELECT device_id, user_id, last_seq, first_seen_at, last_sync_at FROM devices "
                                  "ORDER BY last_sync_at DESC");
        while (devices.step())
            stats.devices.push_back({devices.columnText(0), devices.columnText(1), devices.columnInt(2),
                                     storedTimestamp(devices.columnText(3)), storedTimestamp(devices.columnText(4))});
        auto totals = db.prepare("SELECT (SELECT count(*) FROM records), "
                                 "(SELECT count(*) FROM conflicts WHERE resolved_at IS NULL), "
                                 "(SELECT coalesce(max(change_seq), 0) FROM records)");
        totals.step();
        stats.records = totals.columnInt(0);
        stats.pendingConflicts = totals.columnInt(1);
        stats.lastChangeSeq = totals.columnInt(2);
        return stats;
    });
}

} // namespace fv::server
