#pragma once

#include "db/wal_checkpointer.h"
#include "db/wal_syncer.h"
#include "store/sqlite/database.h"

#include <filesystem>
#include <mutex>
#include <optional>
#include <type_traits>

namespace fv::server {

// Owns the server's SQLite connection to DATA_DIR/server.sqlite and brings its schema up to
// date (storage/sqlite/server_schema.cpp). Opening creates the directory
// and the file and proves both writable, so a server that cannot store anything fails at start
// rather than on the first upload. Thread-safe: the io threads share this one connection.
class ServerDatabase {
public:
    static constexpr const char* kFileName = "server.sqlite";

    // Throws fv::Error (domain Store) naming the path and the reason.
    explicit ServerDatabase(const std::filesystem::path& dataDir);
    ~ServerDatabase();

    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const std::filesystem::path& path() const noexcept { return m_path; }

    // PRAGMA user_version: the number of the last migration applied.
    int schemaVersion();

    // Runs `fn(sqlite::Database&)` with the connection to itself: one writer at a time, which
    // also keeps change sequences in commit order. Returns once every commit `fn` could have
    // seen, its own included, is on disk: what the caller answers is durable (WalSyncer).
    template <class Fn> decltype(auto) locked(Fn&& fn)
    {
        std::unique_lock lock(m_mutex);
        if constexpr (std::is_void_v<std::invoke_result_t<Fn&, sqlite::Database&>>) {
            fn(m_db);
            settle(lock);
        } else {
            decltype(auto) result = fn(m_db);
            settle(lock);
            return result;
        }
    }

    // Commits, and how many fdatasyncs of the WAL made them durable.
    WalSyncer::Figures durability() const { return m_syncer->figures(); }

private:
    void requireWal();
    void startSyncingCommits();
    // Unlocks, then waits for the commits seen so far to be on disk.
    void settle(std::unique_lock<std::mutex>& lock);
    static int afterCommit(void* self, sqlite3* writer, const char* schema, int walPages);

    std::filesystem::path m_path;
    std::mutex m_mutex; // fv::sqlite::Database is not safe to share between threads by itself
    sqlite::Database m_db;
    std::optional<WalSyncer> m_syncer;                  // once the schema is up to date
    WalCheckpointer m_checkpointer{m_path.string()};    // after m_db: stops before it closes
};

} // namespace fv::server
