#include "http_client/base_url.h"

#include "util/error.h"

#include <charconv>

namespace fv {
namespace {

constexpr std::string_view kScheme = "http://";

[[noreturn]] void invalid(std::string_view url, const std::string& why)
{
    throw Error(ErrorDomain::Validation, "invalid_url", "'" + std::string(url) + "' is not a server address: " + why,
                "baseUrl");
}

std::uint16_t parsePort(std::string_view url, std::string_view text)
{
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || value == 0 || value > 65535)
        invalid(url, "the port must be a number from 1 to 65535");
    return static_cast<std::uint16_t>(value);
}

// Splits `host[:port]` or `[v6address][:port]`.
BaseUrl parseAuthority(std::string_view url, std::string_view authority)
{
    BaseUrl out;
    std::string_view rest;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        if (close == std::string_view::npos) invalid(url, "an IPv6 address needs its closing ']'");
        out.host = authority.substr(1, close - 1);
        rest = authority.substr(close + 1);
    } else {
        const auto colon = authority.find(':');
        out.host = authority.substr(0, colon);
        rest = colon == std::string_view::npos ? std::string_view() : authority.substr(colon);
    }
    if (out.host.empty()) invalid(url, "the host is missing");
    if (!rest.empty()) {
        if (rest.front() != ':') invalid(url, "expected ':' and a port after the host");
        out.port = parsePort(url, rest.substr(1));
    }
    return out;
}

} // namespace

std::string BaseUrl::authority() const
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

BaseUrl parseBaseUrl(std::string_view url)
{
    if (url.starts_with("https://")) invalid(url, "https is not supported yet; use http:// behind a trusted network");
    if (!url.starts_with(kScheme)) invalid(url, "it must start with http://");
    auto authority = url.substr(kScheme.size());
    const auto slash = authority.find('/');
    if (slash != std::string_view::npos) {
        if (authority.substr(slash) != "/") invalid(url, "a path after the port is not supported");
        authority = authority.substr(0, slash);
    }
    return parseAuthority(url, authority);
}

} // namespace fv
