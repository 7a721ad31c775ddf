#pragma once

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace fv::server {

// Which blobs a request is writing right now. Two requests appending to one partial file would
// interleave their bytes, so the second is turned away instead (a device retrying while its
// first attempt is still in flight). Turned away, not queued: handlers run on the io threads
// and must not wait for another request's disk writes.
class UploadLocks {
public:
    // Releases its blob when destroyed.
    class Guard {
    public:
        Guard(UploadLocks& owner, std::string key) : m_owner(&owner), m_key(std::move(key)) {}
        Guard(Guard&& other) noexcept : m_owner(std::exchange(other.m_owner, nullptr)), m_key(std::move(other.m_key)) {}
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;
        Guard& operator=(Guard&&) = delete;
        ~Guard()
        {
            if (m_owner) m_owner->release(m_key);
        }

    private:
        UploadLocks* m_owner;
        std::string m_key;
    };

    // nullopt when another request holds `key`.
    std::optional<Guard> tryLock(const std::string& key)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_held.insert(key).second) return std::nullopt;
        return std::optional<Guard>(std::in_place, *this, key);
    }

private:
    void release(const std::string& key)
    {
        const std::lock_guard lock(m_mutex);
        m_held.erase(key);
    }

    std::mutex m_mutex;
    std::set<std::string> m_held;
};

} // namespace fv::server
