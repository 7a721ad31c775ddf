#include "http_client/http_client.h"

#include "http_client/base_url.h"
#include "http_client/transfer_error.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <cctype>
#include <memory>
#include <optional>
#include <vector>

namespace fv {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::string_view kUserAgent = "fieldvisit-http-client";

using Request = http::request<http::string_body>;
using Answer = http::response<http::string_body>;

// One asynchronous operation's outcome, filled in by its handler.
struct Completion {
    bool done = false;
    beast::error_code ec;

    void finish(const beast::error_code& result)
    {
        done = true;
        ec = result;
    }
};

// How one send-and-read went. Whether any byte of the answer arrived decides whether the
// request may be sent again: with none, the server cannot have started answering it.
struct Exchange {
    beast::error_code ec;
    bool answerStarted = false;
    std::optional<Answer> answer;
};

Request buildRequest(std::string_view method, std::string_view target, std::string_view body,
                     const HttpHeaders& headers, const std::string& authority)
{
    Request request;
    const auto verb = http::string_to_verb(method);
    if (verb == http::verb::unknown)
        request.method_string(method);
    else
        request.method(verb);
    request.target(target);
    request.version(11);
    request.set(http::field::host, authority);
    request.set(http::field::user_agent, kUserAgent);
    for (const auto& [name, value] : headers) request.set(name, value);
    request.body() = std::string(body);
    request.prepare_payload();
    return request;
}

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

HttpResponse toResponse(Answer& answer)
{
    HttpResponse response;
    response.status = static_cast<int>(answer.result_int());
    for (const auto& field : answer) {
        auto& value = response.headers[lowerCase(field.name_string())];
        value += (value.empty() ? "" : ", ") + std::string(field.value());
    }
    response.body = std::move(answer.body());
    return response;
}

// What a server's idle close looks like to a request sent just as it happened: the
// connection ends (or resets) before a single byte of the answer.
bool endedBeforeAnswer(const Exchange& exchange)
{
    if (exchange.answerStarted) return false;
    const auto& ec = exchange.ec;
    return ec == http::error::end_of_stream || ec == net::error::eof || ec == net::error::connection_reset ||
           ec == net::error::broken_pipe || ec == net::error::connection_aborted;
}

} // namespace

// Owns the I/O context, the one connection (when open) and the bytes read from it. Every
// operation is asynchronous only so that the stream's timer can bound it; the calling thread
// runs it to completion before returning.
struct HttpClient::Impl {
    Impl(BaseUrl url, HttpClientOptions options)
        : m_url(std::move(url)), m_authority(m_url.authority()), m_options(options)
    {
    }

    ~Impl() { close(); }

    HttpResponse send(const Request& request);
    void close();

    bool isReusable();
    std::vector<tcp::endpoint> resolve(Clock::time_point deadline);
    void connect(Clock::time_point deadline);
    Exchange roundTrip(const Request& request, Clock::time_point deadline);
    beast::error_code write(const Request& request);
    Exchange read(bool headOnly);
    void runUntilDone(Completion& completion);
    TransferContext context(TransferStage stage) const;

    BaseUrl m_url;
    std::string m_authority;
    HttpClientOptions m_options;
    net::io_context m_ioc;
    std::optional<beast::tcp_stream> m_stream; // engaged while a connection is open
    beast::flat_buffer m_buffer;               // bytes read from m_stream not yet parsed
};

HttpResponse HttpClient::Impl::send(const Request& request)
{
    const auto deadline = Clock::now() + m_options.timeout;
    // Checked before sending, when reconnecting costs nothing and risks nothing.
    if (m_stream && !isReusable()) close();
    const bool reused = m_stream.has_value();
    if (!reused) connect(deadline);
    auto exchange = roundTrip(request, deadline);
    if (reused && endedBeforeAnswer(exchange)) {
        // The server closed the idle connection as the request went out. Once, on a fresh
        // connection: a fresh connection that ends like this is a real failure.
        close();
        connect(deadline);
        exchange = roundTrip(request, deadline);
    }
    if (exchange.ec) {
        close(); // its state is unknown: it may hold half an answer
        throw transferError(exchange.ec, context(TransferStage::Exchange));
    }
    if (!exchange.answer->keep_alive()) close();
    return toResponse(*exchange.answer);
}

void HttpClient::Impl::close()
{
    if (!m_stream) return;
    // Errors here change nothing: the connection is being dropped either way. Shutting down
    // first lets the server see an orderly end rather than a reset.
    beast::error_code ignored;
    m_stream->socket().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream.reset();
    m_buffer.clear();
}

// False when the server has closed the idle connection, or has sent something nobody asked
// for (some servers announce an idle close with a 408): either way it cannot carry a request.
bool HttpClient::Impl::isReusable()
{
    if (m_buffer.size() > 0) return false;
    auto& socket = m_stream->socket();
    beast::error_code ec;
    socket.non_blocking(true, ec);
    if (ec) return false;
    char byte = 0;
    socket.receive(net::buffer(&byte, 1), tcp::socket::message_peek, ec);
    beast::error_code restored;
    socket.non_blocking(false, restored);
    return ec == net::error::would_block && !restored;
}

std::vector<tcp::endpoint> HttpClient::Impl::resolve(Clock::time_point deadline)
{
    // An address needs no lookup: no resolver thread, no DNS.
    beast::error_code ec;
    const auto address = net::ip::make_address(m_url.host, ec);
    if (!ec) return {tcp::endpoint(address, m_url.port)};

    // The stream's timer does not cover lookups, so the deadline is applied here. The handler
    // owns what it writes: after a timeout it may still run, during a later request.
    struct Lookup {
        Completion completion;
        std::vector<tcp::endpoint> endpoints;
    };
    auto lookup = std::make_shared<Lookup>();
    tcp::resolver resolver(m_ioc);
    resolver.async_resolve(m_url.host, std::to_string(m_url.port),
                           [lookup](const beast::error_code& result, const tcp::resolver::results_type& found) {
                               for (const auto& entry : found) lookup->endpoints.push_back(entry.endpoint());
                               lookup->completion.finish(result);
                           });
    m_ioc.restart();
    while (!lookup->completion.done && m_ioc.run_one_until(deadline) > 0) continue;
    if (!lookup->completion.done) throw transferError(beast::error::timeout, context(TransferStage::Resolve));
    if (lookup->completion.ec) throw transferError(lookup->completion.ec, context(TransferStage::Resolve));
    return lookup->endpoints;
}

void HttpClient::Impl::connect(Clock::time_point deadline)
{
    const auto endpoints = resolve(deadline);
    m_stream.emplace(m_ioc);
    m_buffer.clear();
    m_stream->expires_at(deadline);
    Completion connected;
    m_stream->async_connect(endpoints,
                            [&](const beast::error_code& ec, const tcp::endpoint&) { connected.finish(ec); });
    runUntilDone(connected);
    if (connected.ec) {
        m_stream.reset();
        throw transferError(connected.ec, context(TransferStage::Connect));
    }
    // Requests and answers are small and alternate, so Nagle's algorithm would only add delay.
    // It is a latency hint: a socket that refuses it still works.
    beast::error_code ignored;
    m_stream->socket().set_option(tcp::no_delay(true), ignored);
}

Exchange HttpClient::Impl::roundTrip(const Request& request, Clock::time_point deadline)
{
    // One deadline for the whole request: the timer keeps running across write and read.
    m_stream->expires_at(deadline);
    if (const auto ec = write(request)) return Exchange{.ec = ec};
    return read(request.method() == http::verb::head);
}

beast::error_code HttpClient::Impl::write(const Request& request)
{
    Completion sent;
    http::async_write(*m_stream, request, [&](const beast::error_code& ec, std::size_t) { sent.finish(ec); });
    runUntilDone(sent);
    return sent.ec;
}

Exchange HttpClient::Impl::read(bool headOnly)
{
    http::response_parser<http::string_body> parser;
    parser.body_limit(m_options.maxBodyBytes);
    // The answer to HEAD has the headers of a body it does not carry.
    parser.skip(headOnly);
    Completion received;
    http::async_read(*m_stream, m_buffer, parser,
                     [&](const beast::error_code& ec, std::size_t) { received.finish(ec); });
    runUntilDone(received);
    Exchange out{.ec = received.ec, .answerStarted = parser.got_some()};
    if (!out.ec) out.answer = parser.release();
    return out;
}

// The stream's timer ends every operation on it by the deadline, so this returns in time.
void HttpClient::Impl::runUntilDone(Completion& completion)
{
    m_ioc.restart();
    while (!completion.done && m_ioc.run_one() > 0) continue;
    // Ran out of work without the handler: cannot happen while an operation is pending.
    if (!completion.done) completion.finish(net::error::operation_aborted);
}

TransferContext HttpClient::Impl::context(TransferStage stage) const
{
    return {
        .stage = stage, .authority = m_authority, .timeout = m_options.timeout, .maxBodyBytes = m_options.maxBodyBytes};
}

HttpClient::HttpClient(const std::string& baseUrl, HttpClientOptions options)
    : m_impl(std::make_unique<Impl>(parseBaseUrl(baseUrl), options))
{
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResponse HttpClient::request(std::string_view method, std::string_view target, std::string_view body,
                                 const HttpHeaders& headers)
{
    return m_impl->send(buildRequest(method, target, body, headers, m_impl->m_authority));
}

void HttpClient::close() { m_impl->close(); }

const std::string& HttpClient::authority() const { return m_impl->m_authority; }

} // namespace fv
