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

WalCheckpointer::WalCheckpointer(sqlite::Database& writer, const std::string& path)
    : m_writer(writer), m_connection(path), m_thread([this] { run(); })
{
    // The checkpoint syncs the database file as the writer's commits sync the WAL.
    m_connection.exec("PRAGMA synchronous = FULL");
    // Replaces SQLite's automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_writer.handle(), &WalCheckpointer::afterCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer.handle(), kCheckpointPages); // the hook pointed here
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

// Runs on the committing thread, inside the writer's lock: only asks, unless the WAL is so long
// that the thread is plainly not keeping up.
int WalCheckpointer::afterCommit(void* self, sqlite3* writer, const char*, int walPages)
{
    auto& checkpointer = *static_cast<WalCheckpointer*>(self);
    if (walPages >= kWriterCheckpointPages) {
        checkpoint(writer);
    } else if (walPages >= kCheckpointPages) {
        {
            const std::lock_guard lock(checkpointer.m_mutex);
            checkpointer.m_wanted = true;
        }
        checkpointer.m_wake.notify_one();
    }
    return SQLITE_OK;
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
