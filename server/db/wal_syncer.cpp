#include "db/wal_syncer.h"

#include "log/log.h"
#include "util/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fv::server {

WalSyncer::WalSyncer(const std::filesystem::path& walFile) : m_path(walFile)
{
    m_fd = ::open(walFile.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        throw Error(ErrorDomain::Store, "wal_unavailable",
                    "cannot open the write-ahead log " + walFile.string() + ": " + std::strerror(errno));
}

WalSyncer::~WalSyncer() { ::close(m_fd); }

void WalSyncer::syncThrough(std::uint64_t commit)
{
    if (m_synced.load(std::memory_order_acquire) >= commit) return; // a reader with nothing new
    std::unique_lock lock(m_mutex);
    while (m_synced.load(std::memory_order_relaxed) < commit) {
        if (!m_failure.empty()) throw Error(ErrorDomain::Store, "sync_failed", m_failure);
        if (m_syncing) m_done.wait(lock); // its sync may cover this commit; if not, the next one will
        else syncNow(lock);
    }
}

void WalSyncer::syncNow(std::unique_lock<std::mutex>& lock)
{
    m_syncing = true;
    const std::uint64_t upTo = commits(); // each of these was written before it was counted
    lock.unlock();
    const bool synced = ::fdatasync(m_fd) == 0;
    const int error = errno;
    lock.lock();
    m_syncing = false;
    ++m_syncs;
    if (synced) m_synced.store(std::max(m_synced.load(std::memory_order_relaxed), upTo), std::memory_order_release);
    else m_failure = "the disk refused to sync " + m_path.string() + " (" + std::strerror(error) +
                     "): changes since the last sync may be lost; restart the server";
    if (!synced) log::error(log::db, m_failure);
    m_done.notify_all();
}

WalSyncer::Figures WalSyncer::figures() const
{
    const std::lock_guard lock(m_mutex);
    return {commits(), m_synced.load(std::memory_order_relaxed), m_syncs};
}

} // namespace fv::server
