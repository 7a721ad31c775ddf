#pragma once

#include "http/beast_message.h"
#include "http/connection.h"
#include "http/session_context.h"

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <cstddef>
#include <memory>
#include <optional>

namespace fv::server {

class HttpError;
struct Response;

// One client connection. Reads one request at a time (header first, so the route's body limit
// applies before any body byte is read), hands it to the router, writes the answer, and repeats
// while the connection is kept alive.
//
// Owns the socket. Every pending operation holds a shared_ptr to the session, so the session and
// its socket go away when an operation completes without starting another; that is how every
// path closes. All members are used only on the socket's strand.
class Session final : public Connection, public std::enable_shared_from_this<Session> {
public:
    Session(boost::asio::ip::tcp::socket&& socket, const SessionContext& context);
    ~Session() override;

    void start();
    void stopAfterCurrentRequest() override;

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using ContinueResponse = boost::beast::http::response<boost::beast::http::empty_body>;

    void onStart();
    void onStopRequested();

    void doReadHeader();
    void onReadHeader(boost::beast::error_code ec, std::size_t bytes);
    void doSendContinue();
    void onSendContinue(boost::beast::error_code ec, std::size_t bytes);
    void doReadBody();
    void onReadBody(boost::beast::error_code ec, std::size_t bytes);
    void onReadFailed(boost::beast::error_code ec);

    void handleRequest();
    ReplyFraming framingFor(bool clientKeepsAlive) const;
    void reply(Response&& response, const ReplyFraming& framing);
    void replyAndClose(const HttpError& error);
    void onWrite(boost::beast::error_code ec, std::size_t bytes);

    void doLingeringClose();
    void doDiscardInput();
    void onDiscardInput(boost::beast::error_code ec, std::size_t bytes);
    void close();

    std::size_t bodyLimitForRequest() const;
    bool clientExpectsContinue() const;

    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser; // fresh for every request: a parser reads one message only
    BeastResponse m_response;       // lives here because async_write needs it until completion
    ContinueResponse m_continue;
    SessionContext m_context;

    bool m_awaitingRequest = false; // no request in flight: shutdown may close at once
    bool m_stopping = false;        // shutdown asked: answer the current request, then close
    bool m_closeAfterWrite = false; // the byte stream may be out of sync after an error answer
    std::size_t m_discarded = 0;
    std::array<char, 4096> m_discardBuffer{};
};

} // namespace fv::server
