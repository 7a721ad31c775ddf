#include "http/path_pattern.h"

#include <algorithm>
#include <stdexcept>

namespace fv::server {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::invalid_argument badPattern(std::string_view pattern, std::string_view why)
{
    return std::invalid_argument("route pattern '" + std::string(pattern) + "': " + std::string(why));
}

} // namespace

PathPattern::PathPattern(std::string_view pattern) : m_text(pattern)
{
    if (pattern.empty() || pattern.front() != '/') throw badPattern(pattern, "must start with '/'");
    std::size_t start = 1;
    while (true) {
        const auto slash = pattern.find('/', start);
        const auto raw = pattern.substr(start, slash == std::string_view::npos ? pattern.npos : slash - start);
        try {
            m_segments.push_back(parseSegment(raw, m_segments));
        } catch (const std::invalid_argument& error) {
            throw badPattern(pattern, error.what());
        }
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
}

PathPattern::Segment PathPattern::parseSegment(std::string_view raw, const std::vector<Segment>& earlier)
{
    const bool opens = raw.find('{') != raw.npos;
    const bool closes = raw.find('}') != raw.npos;
    if (!opens && !closes) return {std::string(raw), false};
    if (raw.size() < 3 || raw.front() != '{' || raw.back() != '}')
        throw std::invalid_argument("a parameter must be a whole segment like {name}");
    const auto name = raw.substr(1, raw.size() - 2);
    if (!std::all_of(name.begin(), name.end(), isNameChar))
        throw std::invalid_argument("parameter names use letters, digits and '_'");
    const auto sameName = [&](const Segment& s) { return s.isParam && s.text == name; };
    if (std::any_of(earlier.begin(), earlier.end(), sameName))
        throw std::invalid_argument("parameter {" + std::string(name) + "} appears twice");
    return {std::string(name), true};
}

std::optional<PathParams> PathPattern::match(const std::vector<std::string>& segments) const
{
    if (segments.size() != m_segments.size()) return std::nullopt;
    PathParams params;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& expected = m_segments[i];
        if (!expected.isParam) {
            if (segments[i] != expected.text) return std::nullopt;
        } else {
            if (segments[i].empty()) return std::nullopt;
            params.emplace(expected.text, segments[i]);
        }
    }
    return params;
}

bool PathPattern::matchesSamePathsAs(const PathPattern& other) const
{
    const auto sameShape = [](const Segment& a, const Segment& b) {
        return a.isParam == b.isParam && (a.isParam || a.text == b.text);
    };
    return std::equal(m_segments.begin(), m_segments.end(), other.m_segments.begin(), other.m_segments.end(),
                      sameShape);
}

} // namespace fv::server
