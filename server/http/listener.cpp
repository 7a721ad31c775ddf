#include "http/listener.h"

#include "http/session.h"
#include "log/log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <chrono>
#include <stdexcept>

namespace fv::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// Out of descriptors or memory, accept fails at once every time; pausing keeps the loop from
// spinning on a full core while sessions finish and free resources.
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};

tcp::endpoint parseEndpoint(const std::string& address, std::uint16_t port)
{
    boost::system::error_code ec;
    const auto ip = net::ip::make_address(address, ec);
    if (ec) throw std::runtime_error("invalid bind address '" + address + "': " + ec.message());
    return {ip, port};
}

std::string describe(const tcp::endpoint& endpoint)
{
    const auto address = endpoint.address().to_string();
    const auto host = endpoint.address().is_v6() ? "[" + address + "]" : address;
    return host + ":" + std::to_string(endpoint.port());
}

} // namespace

Listener::Listener(net::io_context& ioc, const std::string& address, std::uint16_t port, const SessionContext& context)
    : m_ioc(ioc), m_strand(net::make_strand(ioc)), m_acceptor(m_strand), m_retryTimer(m_strand), m_context(context)
{
    bindAndListen(parseEndpoint(address, port));
}

void Listener::bindAndListen(const tcp::endpoint& endpoint)
{
    const auto fail = [&](const boost::system::error_code& ec) {
        return std::runtime_error("cannot listen on " + describe(endpoint) + ": " + ec.message());
    };
    boost::system::error_code ec;
    m_acceptor.open(endpoint.protocol(), ec);
    if (ec) throw fail(ec);
    // Lets a restarted server bind while connections of the previous one sit in TIME_WAIT. On
    // Linux it does not let two servers listen on one port: that bind still fails.
    m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (ec) throw fail(ec);
    m_acceptor.bind(endpoint, ec);
    if (ec) throw fail(ec);
    m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) throw fail(ec);
    m_endpoint = m_acceptor.local_endpoint(ec);
    if (ec) throw fail(ec);
}

std::string Listener::url() const { return "http://" + describe(m_endpoint); }

void Listener::start()
{
    net::dispatch(m_strand, boost::beast::bind_front_handler(&Listener::doAccept, shared_from_this()));
}

void Listener::stop()
{
    net::dispatch(m_strand, boost::beast::bind_front_handler(&Listener::onStop, shared_from_this()));
}

void Listener::onStop()
{
    m_stopped = true;
    boost::system::error_code ignored;
    m_acceptor.close(ignored); // completes the pending accept with operation_aborted
    m_retryTimer.cancel();
}

void Listener::doAccept()
{
    if (m_stopped) return;
    // Each connection gets its own strand, so its handlers never run concurrently.
    m_acceptor.async_accept(net::make_strand(m_ioc),
                            boost::beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
}

void Listener::onAccept(boost::system::error_code ec, tcp::socket socket)
{
    if (m_stopped || ec == net::error::operation_aborted) return;
    if (ec == net::error::connection_aborted) return doAccept(); // the client gave up first
    if (ec) {
        log::warning(log::http, "accept failed: " + ec.message());
        return acceptAgainLater();
    }
    std::make_shared<Session>(std::move(socket), m_context)->start();
    doAccept();
}

void Listener::acceptAgainLater()
{
    m_retryTimer.expires_after(kAcceptRetryDelay);
    m_retryTimer.async_wait([self = shared_from_this()](boost::system::error_code ec) {
        if (!ec) self->doAccept();
    });
}

} // namespace fv::server
