#include "app/server_app.h"

#include "app/backend.h"

#include "db/server_database.h"
#include "http/connection_registry.h"
#include "http/listener.h"
#include "http/router.h"
#include "log/log.h"
#include "routes/route_table.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

namespace fv::server {

namespace net = boost::asio;
using Clock = std::chrono::steady_clock;

namespace {

// Longer than a normal request, shorter than the time a supervisor waits before SIGKILL
// (systemd: 90 s, Kubernetes: 30 s).
constexpr std::chrono::seconds kShutdownGrace{20};
constexpr std::chrono::milliseconds kDrainPollInterval{50};

} // namespace

class ServerApp::Impl {
public:
    explicit Impl(const ServerConfig& config);

    std::string url() const { return m_listener->url(); }
    void run();

private:
    void runIoLoop();
    void waitForSignal();
    void onSignal(const boost::system::error_code& ec, int signal);
    void beginShutdown();
    void checkDrained();

    // Declaration order is destruction order in reverse: the io_context must go first, since
    // destroying it destroys the sessions, which still use the registry and the router.
    ServerConfig m_config;
    Backend m_backend;
    Router m_router;
    ConnectionRegistry m_registry;
    net::io_context m_ioc;
    // Signal, timer and shutdown state are touched only on this strand.
    net::strand<net::io_context::executor_type> m_strand;
    net::signal_set m_signals;
    net::steady_timer m_drainTimer;
    std::shared_ptr<Listener> m_listener;
    bool m_shuttingDown = false;
    Clock::time_point m_shutdownDeadline;
};

ServerApp::Impl::Impl(const ServerConfig& config)
    : m_config(config), m_backend(config.dataDir), m_router(makeRouter(m_backend)),
      m_ioc(static_cast<int>(config.threads)), m_strand(net::make_strand(m_ioc)), m_signals(m_strand, SIGINT, SIGTERM),
      m_drainTimer(m_strand),
      m_listener(std::make_shared<Listener>(m_ioc, config.bindAddress, config.port,
                                            SessionContext{m_router, m_registry, SessionLimits{}}))
{
    // Both are armed before the caller announces the server, so a signal sent right after the
    // announcement is already handled gracefully.
    waitForSignal();
    m_listener->start();
}

void ServerApp::Impl::run()
{
    log::info(log::app, "serving " + url() + " with " + std::to_string(m_config.threads) + " threads");
    std::vector<std::thread> threads;
    try {
        for (unsigned i = 1; i < m_config.threads; ++i) threads.emplace_back([this] { runIoLoop(); });
    } catch (...) {
        m_ioc.stop();
        for (auto& thread : threads) thread.join();
        throw;
    }
    runIoLoop();
    for (auto& thread : threads) thread.join();
    log::info(log::app, "stopped");
}

// A handler that throws unwinds out of run(); the server logs it and keeps serving rather than
// losing an io thread (the session that threw has released its connection by then).
void ServerApp::Impl::runIoLoop()
{
    while (true) {
        try {
            m_ioc.run();
            return;
        } catch (const std::exception& error) {
            log::error(log::app, std::string("unhandled exception in an io thread: ") + error.what());
        } catch (...) {
            log::error(log::app, "unhandled non-standard exception in an io thread");
        }
    }
}

void ServerApp::Impl::waitForSignal()
{
    m_signals.async_wait([this](const boost::system::error_code& ec, int signal) { onSignal(ec, signal); });
}

void ServerApp::Impl::onSignal(const boost::system::error_code& ec, int signal)
{
    if (ec) return; // cancelled once shutdown completed
    if (m_shuttingDown) {
        log::warning(log::app, "second signal " + std::to_string(signal) + ": stopping without waiting");
        m_ioc.stop();
        return;
    }
    log::info(log::app, "signal " + std::to_string(signal) + ": shutting down");
    beginShutdown();
}

void ServerApp::Impl::beginShutdown()
{
    m_shuttingDown = true;
    m_shutdownDeadline = Clock::now() + kShutdownGrace;
    m_listener->stop();
    m_registry.closeAll();
    waitForSignal();
    checkDrained();
}

// Polling keeps shutdown free of callbacks from connection destructors, which may run while
// the io_context itself is being destroyed. It lasts only while requests finish.
void ServerApp::Impl::checkDrained()
{
    if (m_registry.size() == 0) {
        m_signals.cancel(); // the last pending work: run() returns once the sessions are gone
        return;
    }
    if (Clock::now() >= m_shutdownDeadline) {
        log::warning(log::app, std::to_string(m_registry.size()) + " connections still open after " +
                                   std::to_string(kShutdownGrace.count()) + " s: stopping anyway");
        m_ioc.stop();
        return;
    }
    m_drainTimer.expires_after(kDrainPollInterval);
    m_drainTimer.async_wait([this](const boost::system::error_code& ec) {
        if (!ec) checkDrained();
    });
}

ServerApp::ServerApp(const ServerConfig& config) : m_impl(std::make_unique<Impl>(config)) {}

ServerApp::~ServerApp() = default;

std::string ServerApp::url() const { return m_impl->url(); }

void ServerApp::run() { m_impl->run(); }

} // namespace fv::server
