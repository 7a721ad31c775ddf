#include "http/headers.h"

#include <algorithm>

namespace fv::server {

namespace {

// ASCII only, on purpose: field names are tokens, and std::tolower would consult the locale.
constexpr char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

} // namespace

bool CaseInsensitiveLess::operator()(std::string_view a, std::string_view b) const noexcept
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return lowerAscii(x) < lowerAscii(y); });
}

} // namespace fv::server
