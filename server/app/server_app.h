#pragma once

#include "config/server_config.h"

#include <memory>
#include <string>

namespace fv::server {

// The running server. Owns the database, the route table, the io_context with one thread per
// configured core, the listener, and the SIGINT/SIGTERM handling that turns a signal into a
// graceful shutdown. Asio stays behind Impl so that main.cpp compiles without it.
class ServerApp {
public:
    // Opens the database and binds the port. Throws std::exception saying why the server
    // cannot start (port in use, data directory not writable, bad address).
    explicit ServerApp(const ServerConfig& config);
    ~ServerApp();

    ServerApp(const ServerApp&) = delete;
    ServerApp& operator=(const ServerApp&) = delete;

    // Where clients reach the server, with the port actually bound: "http://127.0.0.1:8080".
    std::string url() const;

    // Serves until SIGINT or SIGTERM. Then stops accepting, lets requests in flight finish
    // (within a grace period; a second signal cuts it short) and returns.
    void run();

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fv::server
