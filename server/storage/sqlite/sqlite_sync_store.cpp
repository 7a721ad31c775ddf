#include "storage/sqlite/sqlite_sync_store.h"

#include "db/server_database.h"
#include "storage/sqlite/push_applier.h"
#include "storage/sqlite/record_rows.h"

#include <algorithm>
#include <set>

namespace fv::server {
namespace {

std::set<std::string> assignedProjects(sqlite::Database& db, const std::string& userId)
{
    auto statement = db.prepare("SELECT project_id FROM project_members WHERE user_id = ?");
    statement.bindAll(userId);
    std::set<std::string> projects;
    while (statement.step()) projects.insert(statement.columnText(0));
    return projects;
}

constexpr int kMaxPullPage = 5000;

} // namespace

PushResponse SqliteSyncStore::push(const User& user, const PushRequest& request)
{
    return m_database.locked([&](sqlite::Database& db) {
        sqlite::Transaction transaction(db);
        const Timestamp now = Timestamp::now();
        PushApplier applier(db, user, scopeFor(user, assignedProjects(db, user.id)), request.deviceId, now);
        const std::int64_t lastSeq = DeviceLedger(db).begin(request.deviceId, user.id, now);
        PushResponse response;
        for (const auto& pushed : request.mutations)
            response.results.push_back(pushed.seq <= lastSeq ? applier.replay(pushed) : applier.apply(pushed));
        transaction.commit();
        return response;
    });
}

PullResponse SqliteSyncStore::pull(const User& user, std::int64_t cursor, int limit)
{
    return m_database.locked([&](sqlite::Database& db) {
        const bool all = scopeFor(user, {}).allProjects;
        auto page = loadChanges(db, user.id, all, cursor, std::clamp(limit, 1, kMaxPullPage));
        return PullResponse{std::move(page.records), page.lastSeq, page.hasMore};
    });
}

std::optional<RawRecord> SqliteSyncStore::record(const std::string& id)
{
    return m_database.locked([&](sqlite::Database& db) { return loadRecord(db, id); });
}

} // namespace fv::server
