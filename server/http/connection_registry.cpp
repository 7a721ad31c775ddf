#include "http/connection_registry.h"

#include <vector>

namespace fv::server {

bool ConnectionRegistry::add(const std::shared_ptr<Connection>& connection)
{
    const std::lock_guard lock(m_mutex);
    if (m_closing) return false;
    m_connections.emplace(connection.get(), connection);
    return true;
}

void ConnectionRegistry::remove(const Connection* connection) noexcept
{
    const std::lock_guard lock(m_mutex);
    m_connections.erase(connection);
}

void ConnectionRegistry::closeAll()
{
    std::vector<std::shared_ptr<Connection>> open;
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        for (const auto& [key, weak] : m_connections)
            if (auto connection = weak.lock()) open.push_back(std::move(connection));
    }
    // Outside the lock: the last reference may drop here, and the destructor calls remove().
    for (const auto& connection : open) connection->stopAfterCurrentRequest();
}

std::size_t ConnectionRegistry::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_connections.size();
}

} // namespace fv::server
