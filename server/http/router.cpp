#include "http/router.h"

#include "http/error_codes.h"
#include "http/http_error.h"
#include "http/target.h"
#include "log/log.h"
#include "util/error.h"

#include <algorithm>
#include <stdexcept>

namespace fv::server {

namespace {

std::string joinMethods(const std::vector<Method>& methods)
{
    std::string out;
    for (const Method method : methods) {
        if (!out.empty()) out += ", ";
        out += toString(method);
    }
    return out;
}

std::string describe(const Request& request) { return request.methodName + " " + request.path; }

HttpError notFound(const Request& request)
{
    return HttpError(Status::NotFound, error_codes::routeNotFound, "no route for " + describe(request));
}

HttpError methodNotAllowed(const Request& request, const std::vector<Method>& allowed)
{
    HttpError error(Status::MethodNotAllowed, error_codes::methodNotAllowed,
                    request.methodName + " is not allowed on " + request.path);
    error.withHeader("Allow", joinMethods(allowed));
    return error;
}

HttpError internalError(const Request& request, std::string_view detail)
{
    log::error(log::http, describe(request) + " failed: " + std::string(detail));
    return HttpError(Status::InternalServerError, error_codes::internalError, "internal server error");
}

} // namespace

Router::Router(std::vector<Route> routes)
{
    for (auto& route : routes) add(std::move(route));
}

void Router::add(Route route)
{
    if (!route.handler) throw std::invalid_argument("route " + route.pattern + " has no handler");
    PathPattern pattern(route.pattern);
    for (const Entry& entry : m_entries)
        if (entry.method == route.method && entry.pattern.matchesSamePathsAs(pattern))
            throw std::invalid_argument("route " + std::string(toString(route.method)) + " " + route.pattern +
                                        " duplicates " + entry.pattern.text());
    m_entries.push_back({route.method, std::move(pattern), std::move(route.handler), route.bodyLimit});
}

std::optional<std::size_t> Router::bodyLimit(Method method, std::string_view path) const
{
    const auto segments = decodePathSegments(path);
    if (!segments) return std::nullopt;
    const Resolution resolution = resolve(method, *segments);
    return resolution.entry ? resolution.entry->bodyLimit : std::nullopt;
}

Response Router::dispatch(const Request& request) const
{
    try {
        return route(request);
    } catch (const HttpError& error) {
        return error.toResponse();
    } catch (const fv::Error& error) {
        HttpError mapped = HttpError::fromDomain(error);
        if (mapped.status() == Status::InternalServerError)
            mapped = internalError(request, error.code() + ": " + error.what());
        return mapped.toResponse();
    } catch (const std::exception& error) {
        return internalError(request, error.what()).toResponse();
    } catch (...) {
        return internalError(request, "unknown exception").toResponse();
    }
}

Response Router::route(const Request& request) const
{
    const auto segments = decodePathSegments(request.path);
    if (!segments) throw HttpError(Status::BadRequest, error_codes::malformedRequest, "the request path is not valid");
    const Resolution resolution = resolve(request.method, *segments);
    if (resolution.entry) return resolution.entry->handler(request, resolution.params);
    if (resolution.allowed.empty()) throw notFound(request);
    throw methodNotAllowed(request, resolution.allowed);
}

Router::Resolution Router::resolve(Method method, const std::vector<std::string>& segments) const
{
    Resolution resolution;
    resolution.entry = find(method, segments, resolution.params);
    if (!resolution.entry && method == Method::Head) resolution.entry = find(Method::Get, segments, resolution.params);
    if (!resolution.entry) resolution.allowed = allowedMethods(segments);
    return resolution;
}

const Router::Entry* Router::find(Method method, const std::vector<std::string>& segments, PathParams& params) const
{
    for (const Entry& entry : m_entries) {
        if (entry.method != method) continue;
        if (auto matched = entry.pattern.match(segments)) {
            params = std::move(*matched);
            return &entry;
        }
    }
    return nullptr;
}

std::vector<Method> Router::allowedMethods(const std::vector<std::string>& segments) const
{
    std::vector<Method> allowed;
    for (const Entry& entry : m_entries)
        if (entry.pattern.match(segments)) allowed.push_back(entry.method);
    if (std::find(allowed.begin(), allowed.end(), Method::Get) != allowed.end()) allowed.push_back(Method::Head);
    std::sort(allowed.begin(), allowed.end());
    allowed.erase(std::unique(allowed.begin(), allowed.end()), allowed.end());
    return allowed;
}

} // namespace fv::server
