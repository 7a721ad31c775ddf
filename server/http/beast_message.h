#pragma once

// The only place that knows both Beast's message types and the server's plain ones. Included by
// the session alone, so Beast stays out of handler and router code.

#include "http/request.h"
#include "http/response.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace fv::server {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Moves the body out of `message`.
Request toRequest(BeastRequest&& message);

struct ReplyFraming {
    unsigned version = 11; // of the request; 11 when the request line could not be read
    bool keepAlive = false;
    bool headRequest = false; // answer with the headers of the body, without the body
};

BeastResponse toBeastResponse(Response&& response, const ReplyFraming& framing);

} // namespace fv::server
