#pragma once

#include "http/headers.h"
#include "http/response.h"
#include "http/status.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace fv {
class Error;
}

namespace fv::server {

// The server's one error type: an HTTP status plus the stable `code`, the human `message`
// (what()) and optionally the request `field` at fault. Handlers throw it; the edge turns it
// into a response exactly once with toResponse():
//   {"code": "...", "message": "...", "field": "..." or null}
class HttpError : public std::runtime_error {
public:
    HttpError(Status status, std::string_view code, const std::string& message,
              std::optional<std::string> field = std::nullopt);

    // Maps a domain error by its domain: Validation -> 422, Protocol -> 400. Store, Network and
    // Internal errors are the server's fault -> 500; their detail is for the log, not the client.
    static HttpError fromDomain(const fv::Error& error);

    Status status() const noexcept { return m_status; }
    const std::string& code() const noexcept { return m_code; }
    std::string_view message() const noexcept { return what(); }
    const std::optional<std::string>& field() const noexcept { return m_field; }

    // For errors whose status requires a header (405 -> Allow, 503 -> Retry-After).
    HttpError& withHeader(std::string name, std::string value);
    const Headers& headers() const noexcept { return m_headers; }

    Response toResponse() const;

private:
    Status m_status;
    std::string m_code;
    std::optional<std::string> m_field;
    Headers m_headers;
};

} // namespace fv::server
