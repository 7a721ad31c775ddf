#pragma once

#include "db/wal_checkpointer.h"
#include "store/sqlite/database.h"

#include <filesystem>
#include <mutex>

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

    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const std::filesystem::path& path() const noexcept { return m_path; }

    // PRAGMA user_version: the number of the last migration applied.
    int schemaVersion();

    // Runs `fn(sqlite::Database&)` with the connection to itself: one writer
    // at a time, which also keeps change sequences in commit order.
    template <class Fn> decltype(auto) locked(Fn&& fn)
    {
        const std::lock_guard lock(m_mutex);
        return fn(m_db);
    }

private:
    void requireWal();

    std::filesystem::path m_path;
    std::mutex m_mutex; // fv::sqlite::Database is not safe to share between threads by itself
    sqlite::Database m_db;
    WalCheckpointer m_checkpointer{m_db, m_path.string()}; // after m_db: stops before it closes
};

} // namespace fv::server
