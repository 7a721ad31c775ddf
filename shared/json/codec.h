#pragma once

// Generic JSON mapping for the domain's value types. A type takes part by
// being a string, number, bool, Date, Timestamp, NamedEnum, optional, vector,
// or a Described struct made of those. Reading never throws and never fills
// in a default for bad input: every problem is reported with its path.

#include "domain/enum_names.h"
#include "domain/field.h"
#include "util/problem.h"
#include "util/time.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace fv {

using Json = nlohmann::json;

// ---- writing ---------------------------------------------------------------

template <class T>
Json encode(const T& value);

namespace detail {

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

template <class T>
struct IsStringMap : std::false_type {};
template <class T>
struct IsStringMap<std::map<std::string, T>> : std::true_type {};

template <class T>
inline constexpr bool isOptional = IsOptional<T>::value;
template <class T>
inline constexpr bool isStringMap = IsStringMap<T>::value;
template <class T>
inline constexpr bool isVector = IsVector<T>::value;

// Per-type rules beyond the shape (ranges, cross-field checks) live in a free
// `checkRules(const T&, const std::string& path, Problems&)` found by ADL.
template <class T>
concept HasRules = requires(const T& v, const std::string& p, Problems& out) { checkRules(v, p, out); };

} // namespace detail

template <class T>
Json encode(const T& value)
{
    if constexpr (std::is_same_v<T, Json>) {
        return value; // free-form JSON (a field's value in a change) passes through
    } else if constexpr (detail::isOptional<T>) {
        return value ? encode(*value) : Json(nullptr);
    } else if constexpr (detail::isStringMap<T>) {
        Json object = Json::object();
        for (const auto& [key, element] : value) object[key] = encode(element);
        return object;
    } else if constexpr (detail::isVector<T>) {
        Json array = Json::array();
        for (const auto& element : value) array.push_back(encode(element));
        return array;
    } else if constexpr (Described<T>) {
        Json object = Json::object();
        std::apply([&](const auto&... f) { ((object[std::string(f.name)] = encode(value.*(f.member))), ...); },
                   T::fields());
        return object;
    } else if constexpr (NamedEnum<T>) {
        return Json(std::string(toString(value)));
    } else if constexpr (std::is_same_v<T, Date> || std::is_same_v<T, Timestamp>) {
        return Json(value.toString());
    } else {
        static_assert(std::is_arithmetic_v<T> || std::is_same_v<T, std::string>, "type has no JSON mapping");
        return Json(value);
    }
}

// ---- semantic rules ----------------------------------------------------------

// Runs every `checkRules` in the value's tree, so a value built in code (by
// the app, say) is held to the same rules as one read from the wire.
template <class T>
void collectRuleProblems(const T& value, const std::string& path, Problems& out)
{
    if constexpr (detail::isOptional<T>) {
        if (value) collectRuleProblems(*value, path, out);
    } else if constexpr (detail::isStringMap<T>) {
        for (const auto& [key, element] : value) collectRuleProblems(element, joinPath(path, key), out);
    } else if constexpr (detail::isVector<T>) {
        for (std::size_t i = 0; i < value.size(); ++i) collectRuleProblems(value[i], indexPath(path, i), out);
    } else if constexpr (Described<T>) {
        std::apply(
            [&](const auto&... f) {
                (collectRuleProblems(value.*(f.member), joinPath(path, std::string(f.name)), out), ...);
            },
            T::fields());
        if constexpr (detail::HasRules<T>) checkRules(value, path, out);
    }
}

template <class T>
Problems validate(const T& value)
{
    Problems out;
    collectRuleProblems(value, "", out);
    return out;
}

// ---- reading -----------------------------------------------------------------

// Reads the shape of a value; returns false (and records why) when `json`
// does not have it. Rules are applied separately by `decode`.
template <class T>
bool readShape(const Json& json, const std::string& path, T& out, Problems& problems);

namespace detail {

inline bool fail(Problems& problems, const std::string& path, std::string message)
{
    problems.push_back({path, std::move(message)});
    return false;
}

template <class T>
bool readObject(const Json& json, const std::string& path, T& out, Problems& problems)
{
    if (!json.is_object()) return fail(problems, path, "must be an object");
    bool ok = true;
    std::apply(
        [&](const auto&... f) {
            ((ok &= [&] {
                 const std::string key(f.name);
                 const std::string childPath = joinPath(path, key);
                 auto& member = out.*(f.member);
                 const auto it = json.find(key);
                 if (it == json.end()) {
                     if constexpr (isOptional<std::remove_reference_t<decltype(member)>>) return true;
                     return fail(problems, childPath, "is required");
                 }
                 return readShape(*it, childPath, member, problems);
             }()),
             ...);
        },
        T::fields());
    for (const auto& [key, _] : json.items()) {
        const bool known = std::apply([&](const auto&... f) { return ((f.name == key) || ...); }, T::fields());
        if (!known) ok = fail(problems, joinPath(path, key), "is not a known field");
    }
    return ok;
}

template <class T>
bool readInteger(const Json& json, const std::string& path, T& out, Problems& problems)
{
    if (!json.is_number_integer()) return fail(problems, path, "must be a whole number");
    if (json.is_number_unsigned()) {
        const auto v = json.get<std::uint64_t>();
        if (v > std::uint64_t(std::numeric_limits<T>::max())) return fail(problems, path, "is too large");
        out = T(v);
        return true;
    }
    const auto v = json.get<std::int64_t>();
    if (v < std::int64_t(std::numeric_limits<T>::min()) || v > std::int64_t(std::numeric_limits<T>::max()))
        return fail(problems, path, "is out of range");
    out = T(v);
    return true;
}

} // namespace detail

template <class T>
bool readShape(const Json& json, const std::string& path, T& out, Problems& problems)
{
    using detail::fail;
    if constexpr (std::is_same_v<T, Json>) {
        out = json;
        return true;
    } else if constexpr (detail::isStringMap<T>) {
        if (!json.is_object()) return fail(problems, path, "must be an object");
        out.clear();
        bool ok = true;
        for (const auto& [key, element] : json.items()) ok &= readShape(element, joinPath(path, key), out[key], problems);
        return ok;
    } else if constexpr (detail::isOptional<T>) {
        if (json.is_null()) {
            out.reset();
            return true;
        }
        typename T::value_type inner{};
        if (!readShape(json, path, inner, problems)) return false;
        out = std::move(inner);
        return true;
    } else if constexpr (detail::isVector<T>) {
        if (!json.is_array()) return fail(problems, path, "must be a list");
        out.clear();
        out.resize(json.size());
        bool ok = true;
        for (std::size_t i = 0; i < json.size(); ++i) ok &= readShape(json[i], indexPath(path, i), out[i], problems);
        return ok;
    } else if constexpr (Described<T>) {
        return detail::readObject(json, path, out, problems);
    } else if constexpr (NamedEnum<T>) {
        const auto value = json.is_string() ? enumFromString<T>(json.get_ref<const std::string&>()) : std::nullopt;
        if (!value) return fail(problems, path, "must be one of " + allowedNames<T>());
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, Date>) {
        const auto value = json.is_string() ? Date::parse(json.get_ref<const std::string&>()) : std::nullopt;
        if (!value) return fail(problems, path, "must be a date like 2026-03-31");
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, Timestamp>) {
        const auto value = json.is_string() ? Timestamp::parse(json.get_ref<const std::string&>()) : std::nullopt;
        if (!value) return fail(problems, path, "must be a time like 2026-03-31T09:30:00.000Z");
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!json.is_string()) return fail(problems, path, "must be text");
        out = json.get<std::string>();
        return true;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!json.is_boolean()) return fail(problems, path, "must be true or false");
        out = json.get<bool>();
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        return detail::readInteger(json, path, out, problems);
    } else {
        static_assert(std::is_floating_point_v<T>, "type has no JSON mapping");
        if (!json.is_number()) return fail(problems, path, "must be a number");
        out = json.get<T>();
        return true;
    }
}

// A decoded value, or every problem that kept it from being one.
template <class T>
struct Decoded {
    std::optional<T> value;
    Problems problems;

    bool ok() const { return value.has_value(); }
};

// Shape and rules together: the one way untrusted JSON becomes a domain value.
template <class T>
Decoded<T> decode(const Json& json, const std::string& path = "")
{
    Decoded<T> result;
    T value{};
    if (readShape(json, path, value, result.problems)) collectRuleProblems(value, path, result.problems);
    if (result.problems.empty()) result.value = std::move(value);
    return result;
}

} // namespace fv
