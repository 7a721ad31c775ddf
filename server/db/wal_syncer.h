#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>

namespace fv::server {

// Group commit: the server's commits become durable outside its one write lock.
//
// The writer connection runs with synchronous=NORMAL, so a commit writes its WAL frames and
// returns without waiting for the disk. Before an answer leaves, the thread that gives it calls
// syncThrough() with the number of commits it could have seen; one fdatasync of the WAL covers
// every commit written before it began, so threads answering at the same time share one, and
// none of them holds the write lock while the disk works. Readers wait too: no answer shows a
// change the disk might still lose. With synchronous=FULL the fsync ran under the lock, and it
// was most of the time a push batch held it.
//
// Why a descriptor of our own is enough: on Linux fdatasync flushes the file, whoever wrote it;
// SQLite keeps the WAL file (same inode) while the server's connections are open; a checkpoint
// syncs the WAL before copying it and the database file before the WAL is reused.
class WalSyncer {
public:
    // Opens the WAL file, which must exist. Throws fv::Error (domain Store) naming it otherwise.
    explicit WalSyncer(const std::filesystem::path& walFile);
    ~WalSyncer();
    WalSyncer(const WalSyncer&) = delete;
    WalSyncer& operator=(const WalSyncer&) = delete;

    // A commit was written: called from SQLite's WAL hook, under the write lock.
    void noteCommit() noexcept { m_commits.fetch_add(1, std::memory_order_release); }
    // Commits written so far; the number a caller passes to syncThrough.
    std::uint64_t commits() const noexcept { return m_commits.load(std::memory_order_acquire); }

    // Returns once the first `commit` commits are on disk, syncing the WAL if no one else is.
    // Throws fv::Error (domain Store, "sync_failed") if the disk refuses; from then on every
    // call does, since what the WAL holds is no longer known (a restart recovers it).
    void syncThrough(std::uint64_t commit);

    struct Figures {
        std::uint64_t commits = 0;
        std::uint64_t synced = 0; // commits known to be on disk
        std::uint64_t syncs = 0;  // fdatasync calls made
    };
    Figures figures() const;

private:
    // One fdatasync of everything committed when it starts; m_mutex is held on entry and exit.
    void syncNow(std::unique_lock<std::mutex>& lock);

    std::filesystem::path m_path;
    int m_fd = -1;
    std::atomic<std::uint64_t> m_commits{0};
    std::atomic<std::uint64_t> m_synced{0};
    mutable std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_syncing = false;
    std::uint64_t m_syncs = 0;
    std::string m_failure; // why the disk refused, once it has
};

} // namespace fv::server
