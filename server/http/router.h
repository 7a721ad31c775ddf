#pragma once

#include "http/method.h"
#include "http/path_pattern.h"
#include "http/request.h"
#include "http/response.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// A handler answers one request and never touches the connection. It may return an error
// response itself or throw HttpError / fv::Error; anything else thrown becomes a logged 500.
using Handler = std::function<Response(const Request&, const PathParams&)>;

struct Route {
    Method method = Method::Get;
    std::string pattern; // see PathPattern
    Handler handler;
    // Larger bodies are refused with 413 before they are read; nullopt keeps the session's
    // default (1 MiB). Blob uploads raise it for their route only.
    std::optional<std::size_t> bodyLimit = std::nullopt;
};

// The route table. Built once at start-up, then only read, so io threads share it without
// locks. The first route in table order that matches method and path wins; a GET route also
// answers HEAD unless a HEAD route is registered.
class Router {
public:
    Router() = default;
    explicit Router(std::vector<Route> routes);

    // Throws std::invalid_argument for a bad pattern, a missing handler, or a route that
    // duplicates an earlier one (it could never be reached).
    void add(Route route);

    // The body limit of the route that would handle this request, for the session to apply
    // before it reads the body.
    std::optional<std::size_t> bodyLimit(Method method, std::string_view path) const;

    // Never throws for handler failures: every error leaves as a JSON response. Unknown path
    // -> 404, known path with another method -> 405 with Allow.
    Response dispatch(const Request& request) const;

private:
    struct Entry {
        Method method;
        PathPattern pattern;
        Handler handler;
        std::optional<std::size_t> bodyLimit;
    };

    struct Resolution {
        const Entry* entry = nullptr;
        PathParams params;
        std::vector<Method> allowed; // methods the path accepts, when `entry` is null
    };

    Resolution resolve(Method method, const std::vector<std::string>& segments) const;
    const Entry* find(Method method, const std::vector<std::string>& segments, PathParams& params) const;
    std::vector<Method> allowedMethods(const std::vector<std::string>& segments) const;
    Response route(const Request& request) const;

    std::vector<Entry> m_entries;
};

} // namespace fv::server
