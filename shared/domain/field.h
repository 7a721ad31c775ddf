#pragma once

#include <string_view>
#include <tuple>

namespace fv {

// Names one data member for the generic JSON mapping. A described type lists
// its fields once in `static constexpr auto fields()`; writing, reading and
// field-by-field merging all follow that single list.
template <class Owner, class T>
struct Field {
    std::string_view name;
    T Owner::*member;
};

template <class Owner, class T>
constexpr Field<Owner, T> field(std::string_view name, T Owner::*member)
{
    return {name, member};
}

template <class T>
concept Described = requires { T::fields(); };

} // namespace fv
