#pragma once

#include <string>
#include <vector>

namespace fv {

// One thing wrong with a piece of input: where (a path such as
// `fields.contacts[2].phone`) and what, in words a person can act on.
struct Problem {
    std::string path;
    std::string message;

    friend bool operator==(const Problem&, const Problem&) = default;
};

using Problems = std::vector<Problem>;

// Joins child path segments the way the problems report them.
inline std::string joinPath(const std::string& parent, const std::string& child)
{
    return parent.empty() ? child : parent + "." + child;
}

inline std::string indexPath(const std::string& parent, std::size_t index)
{
    return parent + "[" + std::to_string(index) + "]";
}

} // namespace fv
