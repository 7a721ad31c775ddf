#include "http/session.h"

#include "http/connection_registry.h"
#include "http/error_codes.h"
#include "http/http_error.h"
#include "http/router.h"
#include "http/target.h"
#include "log/log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <string>

namespace fv::server {

namespace beast = boost::beast;
namespace http = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

bool isHttpParseError(const beast::error_code& ec)
{
    return ec.category() == http::make_error_code(http::error::bad_method).category();
}

HttpError payloadTooLarge(std::size_t limit)
{
    return HttpError(Status::PayloadTooLarge, error_codes::payloadTooLarge,
                     "the request body exceeds the limit of " + std::to_string(limit) + " bytes");
}

} // namespace

Session::Session(tcp::socket&& socket, const SessionContext& context) : m_stream(std::move(socket)), m_context(context)
{
}

Session::~Session() { m_context.registry.remove(this); }

void Session::start()
{
    // Start on the socket's strand: from here on every member is touched only there.
    net::dispatch(m_stream.get_executor(), beast::bind_front_handler(&Session::onStart, shared_from_this()));
}

void Session::stopAfterCurrentRequest()
{
    net::dispatch(m_stream.get_executor(), beast::bind_front_handler(&Session::onStopRequested, shared_from_this()));
}

void Session::onStart()
{
    // Refused while the server shuts down; returning drops the last reference and the socket.
    if (!m_context.registry.add(shared_from_this())) return;
    doReadHeader();
}

void Session::onStopRequested()
{
    m_stopping = true;
    // Cancelling completes the pending header read with operation_aborted, which closes. A read
    // that already completed is unaffected: that request is answered, then the session closes.
    if (m_awaitingRequest) m_stream.cancel();
}

void Session::doReadHeader()
{
    // A parser handles one message, so each request gets a fresh one.
    m_parser.emplace();
    m_parser->header_limit(static_cast<std::uint32_t>(m_context.limits.headerBytes));
    // No body limit while reading the header: Beast would already reject a Content-Length over
    // it, before the route (and so the real limit) is known. onReadHeader applies the real one.
    m_parser->body_limit(boost::none);
    m_awaitingRequest = true;
    m_stream.expires_after(m_context.limits.ioTimeout);
    http::async_read_header(m_stream, m_buffer, *m_parser,
                            beast::bind_front_handler(&Session::onReadHeader, shared_from_this()));
}

void Session::onReadHeader(beast::error_code ec, std::size_t)
{
    m_awaitingRequest = false;
    if (ec) return onReadFailed(ec);
    const std::size_t limit = bodyLimitForRequest();
    const auto declared = m_parser->content_length();
    if (declared && *declared > limit) return replyAndClose(payloadTooLarge(limit));
    m_parser->body_limit(limit); // also bounds chunked bodies, whose size is unknown up front
    if (clientExpectsContinue()) return doSendContinue();
    doReadBody();
}

// A client that sent "Expect: 100-continue" holds the body back until told to go on; without
// this it would wait for its own timeout (about a second for curl) on every large upload.
void Session::doSendContinue()
{
    m_continue = ContinueResponse{http::status::continue_, m_parser->get().version()};
    m_stream.expires_after(m_context.limits.ioTimeout);
    http::async_write(m_stream, m_continue, beast::bind_front_handler(&Session::onSendContinue, shared_from_this()));
}

void Session::onSendContinue(beast::error_code ec, std::size_t)
{
    if (ec) return close();
    doReadBody();
}

void Session::doReadBody()
{
    m_stream.expires_after(m_context.limits.ioTimeout);
    http::async_read(m_stream, m_buffer, *m_parser,
                     beast::bind_front_handler(&Session::onReadBody, shared_from_this()));
}

void Session::onReadBody(beast::error_code ec, std::size_t)
{
    if (ec) return onReadFailed(ec);
    handleRequest();
}

void Session::onReadFailed(beast::error_code ec)
{
    if (ec == http::error::body_limit) return replyAndClose(payloadTooLarge(bodyLimitForRequest()));
    if (ec == http::error::header_limit)
        return replyAndClose(
            HttpError(Status::RequestHeaderFieldsTooLarge, error_codes::headersTooLarge,
                      "the request header exceeds " + std::to_string(m_context.limits.headerBytes) + " bytes"));
    // end_of_stream is the client closing between requests, the normal end of a kept-alive
    // connection; partial_message is a client that gave up mid-request and will not read an answer.
    if (isHttpParseError(ec) && ec != http::error::end_of_stream && ec != http::error::partial_message)
        return replyAndClose(
            HttpError(Status::BadRequest, error_codes::malformedRequest, "malformed HTTP request: " + ec.message()));
    // Timeouts (the stream has closed the socket already), shutdown's cancel, and resets: nobody
    // is left to answer.
    if (ec != http::error::end_of_stream && ec != beast::error::timeout && ec != net::error::operation_aborted)
        log::debug(log::http, "connection ended while reading: " + ec.message());
    close();
}

void Session::handleRequest()
{
    // Framing first: release() moves the message out of the parser.
    const ReplyFraming framing = framingFor(m_parser->keep_alive());
    const Request request = toRequest(m_parser->release());
    reply(m_context.router.dispatch(request), framing);
}

ReplyFraming Session::framingFor(bool clientKeepsAlive) const
{
    ReplyFraming framing;
    framing.keepAlive = clientKeepsAlive && !m_stopping && !m_closeAfterWrite;
    if (m_parser && m_parser->is_header_done()) {
        framing.version = m_parser->get().version();
        framing.headRequest = m_parser->get().method() == http::verb::head;
    }
    return framing;
}

void Session::reply(Response&& response, const ReplyFraming& framing)
{
    m_response = toBeastResponse(std::move(response), framing);
    m_stream.expires_after(m_context.limits.ioTimeout);
    http::async_write(m_stream, m_response, beast::bind_front_handler(&Session::onWrite, shared_from_this()));
}

// Errors found while reading leave unread request bytes behind, so the connection cannot carry
// another request; the answer says "Connection: close".
void Session::replyAndClose(const HttpError& error)
{
    log::debug(log::http, "refused request: " + std::string(error.message()));
    m_closeAfterWrite = true;
    reply(error.toResponse(), framingFor(false));
}

void Session::onWrite(beast::error_code ec, std::size_t)
{
    const bool keepAlive = m_response.keep_alive();
    // A large body (a pull page is ~1 MB) must not stay allocated while the connection idles.
    // Assigning an empty message is not enough: libstdc++ moves a short string into a long one
    // by copying, so the old buffer would stay with the session; swapping it out frees it.
    m_response = {};
    std::string().swap(m_response.body());
    if (ec) {
        if (ec != net::error::operation_aborted && ec != beast::error::timeout)
            log::debug(log::http, "write failed: " + ec.message());
        return close();
    }
    if (m_closeAfterWrite) return doLingeringClose();
    if (!keepAlive || m_stopping) return close();
    doReadHeader();
}

// Closing a socket that still has unread input makes the kernel send a reset, and a client
// still uploading would then lose our error answer. So: stop sending, read and discard what
// still arrives for a bounded time and amount, then close (what nginx calls lingering close).
void Session::doLingeringClose()
{
    beast::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    m_stream.expires_after(m_context.limits.lingerTimeout);
    doDiscardInput();
}

void Session::doDiscardInput()
{
    m_stream.async_read_some(net::buffer(m_discardBuffer),
                             beast::bind_front_handler(&Session::onDiscardInput, shared_from_this()));
}

void Session::onDiscardInput(beast::error_code ec, std::size_t bytes)
{
    m_discarded += bytes;
    if (ec || m_discarded > m_context.limits.lingerBytes) return; // the destructor closes the socket
    doDiscardInput();
}

void Session::close()
{
    // Only the sending side: the socket itself closes when the last handler lets go of the session.
    beast::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

std::size_t Session::bodyLimitForRequest() const
{
    const auto& header = m_parser->get();
    const auto method = parseMethod(header.method_string());
    const auto path = splitTarget(header.target()).path;
    return m_context.router.bodyLimit(method, path).value_or(m_context.limits.bodyBytes);
}

bool Session::clientExpectsContinue() const
{
    // RFC 9110 §10.1.1: never to an HTTP/1.0 client, and pointless when there is no body.
    if (m_parser->is_done() || m_parser->get().version() < 11) return false;
    const auto expect = m_parser->get()[http::field::expect];
    return beast::iequals(expect, "100-continue");
}

} // namespace fv::server
