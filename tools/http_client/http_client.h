#pragma once

#include "http_client/http_response.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace fv {

struct HttpClientOptions {
    // Bounds one whole request: resolving, connecting (and reconnecting), sending, reading.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // A larger answer is refused rather than buffered. A full pull page (5000 records) stays
    // well below this.
    std::size_t maxBodyBytes = 64 * 1024 * 1024;
};

// A small synchronous HTTP/1.1 client for one server. It owns one persistent (keep-alive)
// connection, opened on first use and reused for every request after.
//
// A server may close a keep-alive connection while it sits idle. When that is seen before
// sending, or when a reused connection ends before any byte of the answer arrives, the client
// reconnects once and sends the request again. That second send is safe for the sync protocol
// (a resent push is answered "duplicate", never applied twice); a request that is not
// idempotent on its own server should not go through this client.
//
// Failures throw fv::Error:
//  - Network/"unreachable": the name does not resolve, the connection is refused or lost;
//  - Network/"timeout":     the request did not complete within `timeout`;
//  - Protocol/"answer_too_large": the body exceeds `maxBodyBytes`;
//  - Protocol/"malformed_answer": what came back is not HTTP.
// After a failure the connection is dropped; the next request opens a new one. An HTTP error
// status is not a failure here: it is returned like any answer.
//
// Not thread-safe: one client per thread.
class HttpClient {
public:
    // `baseUrl` as parseBaseUrl takes it (`http://host:port`); throws Validation/"invalid_url".
    explicit HttpClient(const std::string& baseUrl, HttpClientOptions options = {});
    ~HttpClient();
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;

    // `target` is the path and query (`/v1/sync/pull?cursor=0&limit=100`). Host, User-Agent and
    // Content-Length are set here; `headers` may override the first two.
    HttpResponse request(std::string_view method, std::string_view target, std::string_view body = {},
                         const HttpHeaders& headers = {});

    // Drops the connection now (it is reopened on the next request).
    void close();

    // `host:port`, for messages.
    const std::string& authority() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fv
