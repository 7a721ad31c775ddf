#include "db/wal_checkpointer.h"

#include "log/log.h"

#include <sqlite3.h>

namespace fv::server {
namespace {

// PASSIVE: copies what it can without waiting for the writer or readers, and never blocks them.
void checkpoint(sqlite3* db)
{
    const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    // Busy: another connection (an admin command, say) is checkpointing; a later commit asks again.
    if (rc != SQLITE_OK && (rc & 0xFF) != SQLITE_BUSY)
        log::warning(log::db, std::string("WAL checkpoint failed: ") + sqlite3_errstr(rc));
}

} // namespace

WalCheckpointer::WalCheckpointer(const std::string& path) : m_connection(path), m_thread([this] { run(); })
{
    // Syncs the WAL before copying it and the database file after: the WAL can then be reused.
    m_connection.exec("PRAGMA synchronous = FULL");
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::afterCommit(sqlite3* writer, int walPages)
{
    if (walPages >= kWriterCheckpointPages) {
        checkpoint(writer);
    } else if (walPages >= kCheckpointPages) {
        {
            const std::lock_guard lock(m_mutex);
            m_wanted = true;
        }
        m_wake.notify_one();
    }
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_wanted || m_stopping; });
        if (m_stopping) return;
        m_wanted = false;
        lock.unlock();
        checkpoint(m_connection.handle());
        lock.lock();
    }
}

} // namespace fv::server
