#include "http/beast_message.h"

#include "http/target.h"

namespace fv::server {

namespace http = boost::beast::http;

namespace {

constexpr std::string_view kServerName = "fieldvisit-server";

Headers toHeaders(const BeastRequest& message)
{
    Headers headers;
    for (const auto& field : message) {
        const auto name = field.name_string();
        const auto value = field.value();
        auto [it, inserted] = headers.try_emplace(std::string(name), std::string(value));
        if (!inserted) (it->second += ", ").append(value.data(), value.size());
    }
    return headers;
}

} // namespace

Request toRequest(BeastRequest&& message)
{
    Request request;
    request.methodName = std::string(message.method_string());
    request.method = parseMethod(request.methodName);
    request.target = std::string(message.target());
    const TargetParts parts = splitTarget(request.target);
    request.path = std::string(parts.path);
    request.query = std::string(parts.query);
    request.headers = toHeaders(message);
    request.body = std::move(message.body());
    return request;
}

BeastResponse toBeastResponse(Response&& response, const ReplyFraming& framing)
{
    BeastResponse message{static_cast<http::status>(toNumber(response.status)), framing.version};
    message.set(http::field::server, kServerName);
    for (const auto& [name, value] : response.headers) message.set(name, value);
    // A HEAD handler may state the size of a body it does not build (a large blob).
    const auto declared = response.headers.find("Content-Length");
    const bool headDeclaresSize = framing.headRequest && declared != response.headers.end();
    message.body() = std::move(response.body);
    message.keep_alive(framing.keepAlive);
    message.prepare_payload();
    // Content-Length must still describe the body a GET would get (RFC 9110 §9.3.2).
    if (framing.headRequest) message.body().clear();
    if (headDeclaresSize) message.set(http::field::content_length, declared->second);
    return message;
}

} // namespace fv::server
