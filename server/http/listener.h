#pragma once

#include "http/session_context.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/system/error_code.hpp>
#include <cstdint>
#include <memory>
#include <string>

namespace fv::server {

// Owns the listening socket and starts a Session for each accepted connection, each on its own
// strand. Keeps accepting through transient failures (a full file table, say); only stop()
// ends it. Kept alive by its pending accept.
class Listener : public std::enable_shared_from_this<Listener> {
public:
    // Opens, binds and listens right away, so a busy port or a bad address is known before the
    // server reports that it is ready. Throws std::runtime_error naming the address and reason.
    Listener(boost::asio::io_context& ioc, const std::string& address, std::uint16_t port,
             const SessionContext& context);

    // The bound address; with port 0 this holds the port the OS chose.
    const boost::asio::ip::tcp::endpoint& localEndpoint() const noexcept { return m_endpoint; }
    // "http://127.0.0.1:8080", "http://[::1]:8080".
    std::string url() const;

    void start();
    // Thread-safe. Closes the listening socket; sessions already running are not touched.
    void stop();

private:
    void bindAndListen(const boost::asio::ip::tcp::endpoint& endpoint);
    void doAccept();
    void onAccept(boost::system::error_code ec, boost::asio::ip::tcp::socket socket);
    void acceptAgainLater();
    void onStop();

    boost::asio::io_context& m_ioc;
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_retryTimer;
    boost::asio::ip::tcp::endpoint m_endpoint;
    SessionContext m_context;
    bool m_stopped = false;
};

} // namespace fv::server
