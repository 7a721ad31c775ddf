#pragma once

#include "store/sqlite/database.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace fv::server {

// Copies the WAL back into the database file on a thread and a connection of its own, in place
// of SQLite's automatic checkpoint. That one runs inside the commit that crosses the threshold,
// under the server's single write lock, so its page copying and its fsyncs of the database file
// would stall every push queued behind it. Where the checkpoint runs changes nothing a device
// relies on: a commit is durable once its WAL frames are synced, before any checkpoint.
//
// Owns its thread and its connection. The writer's connection must outlive it, and its WAL hook
// (installed by ServerDatabase, which also counts commits there) must call afterCommit.
class WalCheckpointer {
public:
    // Throws fv::Error if `path` cannot be opened.
    explicit WalCheckpointer(const std::string& path);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // SQLite's default threshold for its automatic checkpoint, in WAL pages.
    static constexpr int kCheckpointPages = 1000;
    // A WAL this long means the thread cannot keep up: the writer checkpoints itself, as SQLite would.
    static constexpr int kWriterCheckpointPages = 32 * kCheckpointPages;

    // A commit left the WAL `walPages` long. Runs on the committing thread, inside the writer's
    // lock: only asks, unless the WAL is so long that the thread is plainly not keeping up.
    void afterCommit(sqlite3* writer, int walPages);

private:
    void run();

    sqlite::Database m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stopping = false;
    std::thread m_thread; // last: starts once everything it uses exists
};

} // namespace fv::server
