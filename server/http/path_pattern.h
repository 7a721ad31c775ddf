#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fv::server {

// Values of the `{name}` segments of a matched route, percent-decoded.
using PathParams = std::map<std::string, std::string, std::less<>>;

// A route path such as "/v1/visits/{visitId}/attachments/{attachmentId}". Each `{name}`
// segment matches exactly one non-empty path segment; every other segment matches literally.
class PathPattern {
public:
    // Throws std::invalid_argument for a pattern without a leading '/', a malformed or
    // duplicate `{name}`, or braces inside a literal segment.
    explicit PathPattern(std::string_view pattern);

    std::optional<PathParams> match(const std::vector<std::string>& segments) const;

    // True when both patterns match the same paths (parameter names aside), which would make
    // one of two routes unreachable.
    bool matchesSamePathsAs(const PathPattern& other) const;

    const std::string& text() const noexcept { return m_text; }

private:
    struct Segment {
        std::string text; // the literal, or the parameter name
        bool isParam = false;
    };

    static Segment parseSegment(std::string_view raw, const std::vector<Segment>& earlier);

    std::string m_text;
    std::vector<Segment> m_segments;
};

} // namespace fv::server
