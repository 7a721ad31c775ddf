#include "storage/sqlite/blob_index.h"

#include <set>

namespace fv::server::blob_index {

std::optional<std::int64_t> completeSize(sqlite::Database& db, const std::string& sha256)
{
    auto statement = db.prepare("SELECT size FROM blobs WHERE sha256 = ?");
    statement.bindAll(sha256);
    if (!statement.step()) return std::nullopt;
    return statement.columnInt(0);
}

std::vector<std::string> incomplete(sqlite::Database& db, const std::vector<std::string>& sha256s)
{
    // Asked for every pushed mutation, most of which reference no blob: nothing to look up.
    if (sha256s.empty()) return {};
    // One prepared statement for the whole list: a missing-list of 1000 hashes is 1000 index
    // lookups, about a millisecond. Cached, as this runs for every push.
    auto statement = db.cached("SELECT 1 FROM blobs WHERE sha256 = ?");
    std::set<std::string> seen;
    std::vector<std::string> result;
    for (const auto& sha256 : sha256s) {
        if (!seen.insert(sha256).second) continue;
        statement->reset();
        statement->bind(1, sha256);
        if (!statement->step()) result.push_back(sha256);
    }
    return result;
}

void markComplete(sqlite::Database& db, const std::string& sha256, std::int64_t size, Timestamp now)
{
    db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)")
        .bindAll(sha256, size, now.toString())
        .run();
}

} // namespace fv::server::blob_index
