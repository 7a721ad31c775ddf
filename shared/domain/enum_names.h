#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace fv {

// Each domain enum specialises this with its wire names; one table serves the
// JSON mapping, validation messages and the SQL queries.
template <class E>
struct EnumNames;

template <class E>
concept NamedEnum = requires { EnumNames<E>::values; };

template <NamedEnum E>
constexpr std::string_view toString(E value)
{
    for (const auto& [v, name] : EnumNames<E>::values)
        if (v == value) return name;
    return {};
}

template <NamedEnum E>
constexpr std::optional<E> enumFromString(std::string_view name)
{
    for (const auto& [v, n] : EnumNames<E>::values)
        if (n == name) return v;
    return std::nullopt;
}

// "a, b or c": used in messages that tell the user what is accepted.
template <NamedEnum E>
std::string allowedNames()
{
    std::string out;
    const auto& values = EnumNames<E>::values;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += (i + 1 == values.size()) ? " or " : ", ";
        out += values[i].second;
    }
    return out;
}

template <class E, std::size_t N>
using EnumTable = std::array<std::pair<E, std::string_view>, N>;

} // namespace fv
