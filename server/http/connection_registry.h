#pragma once

#include "http/connection.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace fv::server {

// Knows every open connection, so shutdown can ask each to finish and can tell when none is
// left. Holds weak references only: a connection's lifetime stays with its own pending
// operations. Thread-safe.
class ConnectionRegistry {
public:
    // False once closing has started: the caller must drop the new connection.
    bool add(const std::shared_ptr<Connection>& connection);

    // Called from the connection's destructor.
    void remove(const Connection* connection) noexcept;

    // Refuses new connections from now on and asks every open one to stop after its current
    // request.
    void closeAll();

    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<const Connection*, std::weak_ptr<Connection>> m_connections;
    bool m_closing = false;
};

} // namespace fv::server
