#include "canned_http_server.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cctype>
#include <deque>
#include <mutex>
#include <thread>

namespace fv::test {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr auto kNoThrow = net::as_tuple(net::use_awaitable);

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

ReceivedRequest toReceived(const http::request<http::string_body>& request, int connection)
{
    ReceivedRequest out{.connection = connection,
                        .method = std::string(request.method_string()),
                        .target = std::string(request.target()),
                        .body = request.body()};
    for (const auto& field : request) out.headers[lowerCase(field.name_string())] = std::string(field.value());
    return out;
}

} // namespace

CannedReply answer(int status, const std::string& body, const std::string& extraHeaders)
{
    const std::string head = "HTTP/1.1 " + std::to_string(status) + (status < 300 ? " OK" : " Error") +
                             "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                             "\r\n" + extraHeaders + "\r\n";
    return {CannedReply::Action::Answer, head + body};
}

CannedReply answerThenClose(int status, const std::string& body)
{
    auto reply = answer(status, body);
    reply.action = CannedReply::Action::AnswerThenClose;
    return reply;
}

CannedReply rawAnswer(std::string bytes) { return {CannedReply::Action::AnswerThenClose, std::move(bytes)}; }
CannedReply closeWithoutAnswer() { return {CannedReply::Action::CloseWithoutAnswer, {}}; }
CannedReply neverAnswer() { return {CannedReply::Action::NeverAnswer, {}}; }

// The I/O runs on `m_thread`; everything the test thread reads is behind `m_mutex`.
struct CannedHttpServer::Impl {
    Impl()
        : m_acceptor(m_ioc, tcp::endpoint(net::ip::address_v4::loopback(), 0)),
          m_port(m_acceptor.local_endpoint().port())
    {
        net::co_spawn(m_ioc, acceptLoop(), net::detached);
        m_thread = std::thread([this] { m_ioc.run(); });
    }

    ~Impl()
    {
        // Pending coroutines (and their sockets) are destroyed with the context, unresumed.
        m_ioc.stop();
        m_thread.join();
    }

    net::awaitable<void> acceptLoop();
    net::awaitable<void> serve(tcp::socket socket, int connection);
    net::awaitable<void> answerRequests(tcp::socket& socket, int connection);
    CannedReply record(ReceivedRequest request);

    net::io_context m_ioc;
    tcp::acceptor m_acceptor;
    const std::uint16_t m_port; // read once here: the acceptor belongs to the server thread
    mutable std::mutex m_mutex;
    std::deque<CannedReply> m_replies;
    std::vector<ReceivedRequest> m_received;
    int m_accepted = 0;
    int m_closed = 0;
    std::thread m_thread;
};

net::awaitable<void> CannedHttpServer::Impl::acceptLoop()
{
    for (;;) {
        auto [ec, socket] = co_await m_acceptor.async_accept(kNoThrow);
        if (ec) co_return;
        int connection = 0;
        {
            std::lock_guard lock(m_mutex);
            connection = ++m_accepted;
        }
        net::co_spawn(m_ioc, serve(std::move(socket), connection), net::detached);
    }
}

net::awaitable<void> CannedHttpServer::Impl::serve(tcp::socket socket, int connection)
{
    co_await answerRequests(socket, connection);
    boost::system::error_code ignored; // closing regardless: there is nothing to do about it
    socket.shutdown(tcp::socket::shutdown_both, ignored);
    socket.close(ignored);
    std::lock_guard lock(m_mutex);
    ++m_closed;
}

net::awaitable<void> CannedHttpServer::Impl::answerRequests(tcp::socket& socket, int connection)
{
    beast::flat_buffer buffer;
    for (;;) {
        http::request<http::string_body> request;
        auto [readError, readBytes] = co_await http::async_read(socket, buffer, request, kNoThrow);
        if (readError) co_return; // the client closed: the normal end
        const auto reply = record(toReceived(request, connection));
        using Action = CannedReply::Action;
        if (reply.action == Action::CloseWithoutAnswer) co_return;
        if (reply.action == Action::NeverAnswer) continue;
        auto [writeError, written] = co_await net::async_write(socket, net::buffer(reply.bytes), kNoThrow);
        if (writeError || reply.action == Action::AnswerThenClose) co_return;
    }
}

CannedReply CannedHttpServer::Impl::record(ReceivedRequest request)
{
    std::lock_guard lock(m_mutex);
    m_received.push_back(std::move(request));
    if (m_replies.empty())
        return answer(500, R"({"code":"no_canned_reply","message":"unplanned request","field":null})");
    auto reply = std::move(m_replies.front());
    m_replies.pop_front();
    return reply;
}

CannedHttpServer::CannedHttpServer() : m_impl(std::make_unique<Impl>()) {}
CannedHttpServer::~CannedHttpServer() = default;

std::uint16_t CannedHttpServer::port() const { return m_impl->m_port; }

std::string CannedHttpServer::baseUrl() const { return "http://127.0.0.1:" + std::to_string(port()); }

void CannedHttpServer::enqueue(CannedReply reply)
{
    std::lock_guard lock(m_impl->m_mutex);
    m_impl->m_replies.push_back(std::move(reply));
}

int CannedHttpServer::connectionsAccepted() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_accepted;
}

int CannedHttpServer::connectionsClosed() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_closed;
}

std::vector<ReceivedRequest> CannedHttpServer::requests() const
{
    std::lock_guard lock(m_impl->m_mutex);
    return m_impl->m_received;
}

} // namespace fv::test
