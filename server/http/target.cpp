#include "http/target.h"

namespace fv::server {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

TargetParts splitTarget(std::string_view target)
{
    const auto question = target.find('?');
    if (question == std::string_view::npos) return {target, {}};
    return {target.substr(0, question), target.substr(question + 1)};
}

std::optional<std::string> percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) return std::nullopt;
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0) return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

std::optional<std::vector<std::string>> decodePathSegments(std::string_view path)
{
    if (path.empty() || path.front() != '/') return std::nullopt;
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (true) {
        const auto slash = path.find('/', start);
        const auto raw = path.substr(start, slash == std::string_view::npos ? path.npos : slash - start);
        auto decoded = percentDecode(raw);
        if (!decoded) return std::nullopt;
        segments.push_back(std::move(*decoded));
        if (slash == std::string_view::npos) return segments;
        start = slash + 1;
    }
}

} // namespace fv::server
