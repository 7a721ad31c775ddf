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

namespace detail {

template <class T>
constexpr bool mayHaveRules();

template <class T>
constexpr bool anyMemberMayHaveRules()
{
    return std::apply(
        [](const auto&... f) {
            return (mayHaveRules<std::remove_cvref_t<decltype(std::declval<const T&>().*(f.member))>>() || ...);
        },
        T::fields());
}

// Whether a value of type T, or anything inside it, has a `checkRules` to run.
template <class T>
constexpr bool mayHaveRules()
{
    if constexpr (isOptional<T> || isVector<T>) return mayHaveRules<typename T::value_type>();
    else if constexpr (isStringMap<T>) return mayHaveRules<typename T::mapped_type>();
    else if constexpr (Described<T>) return HasRules<T> || anyMemberMayHaveRules<T>();
    else return false;
}

} // namespace detail

// Runs every `checkRules` in the value's tree, so a value built in code (by
// the app, say) is held to the same rules as one read from the wire. Members
// that can carry no rules are skipped without building their paths: a push
// batch has thousands of them.
template <class T>
void collectRuleProblems(const T& value, const std::string& path, Problems& out)
{
    if constexpr (!detail::mayHaveRules<T>()) {
        return;
    } else if constexpr (detail::isOptional<T>) {
        if (value) collectRuleProblems(*value, path, out);
    } else if constexpr (detail::isStringMap<T>) {
        for (const auto& [key, element] : value) collectRuleProblems(element, joinPath(path, key), out);
    } else if constexpr (detail::isVector<T>) {
        for (std::size_t i = 0; i < value.size(); ++i) collectRuleProblems(value[i], indexPath(path, i), out);
    } else if constexpr (Described<T>) {
        const auto member = [&](const auto& f) {
            using M = std::remove_cvref_t<decltype(value.*(f.member))>;
            if constexpr (detail::mayHaveRules<M>())
                collectRuleProblems(value.*(f.member), joinPath(path, std::string(f.name)), out);
        };
        std::apply([&](const auto&... f) { (member(f), ...); }, T::fields());
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

namespace detail {

// Where the value being read sits: a chain of links up to the root, spelled
// out as text (`mutations[3].mutation.changes.status`) only when a problem is
// reported. Building every member's path up front cost more than reading the
// values themselves. A link lives on the stack of the call reading its value.
struct PathLink {
    const PathLink* parent = nullptr;
    std::string_view name;             // a member or map key; empty for a list element
    std::size_t index = 0;             // a list element's index
    const std::string* root = nullptr; // on the root link: the path the caller started from

    PathLink member(std::string_view key) const { return {this, key, 0, nullptr}; }
    PathLink element(std::size_t i) const { return {this, {}, i, nullptr}; }

    std::string text() const
    {
        if (!parent) return root ? *root : std::string();
        return name.empty() ? indexPath(parent->text(), index) : joinPath(parent->text(), std::string(name));
    }
};

inline bool fail(Problems& problems, const PathLink& path, std::string message)
{
    problems.push_back({path.text(), std::move(message)});
    return false;
}

// The text of a value known to be a JSON string.
inline const std::string& textOf(const Json& json) { return json.get_ref<const std::string&>(); }

// J is `const Json` (read a copy) or `Json` (move free-form values and text out of the tree,
// which the caller is about to throw away: a push batch is mostly field values).
template <class J, class T>
bool readValue(J& json, const PathLink& path, T& out, Problems& problems);

// Reads one member of an object; counts it in `found` when the object has it.
template <class J, class T>
bool readMember(J& json, const PathLink& path, std::string_view name, T& member, std::size_t& found,
                Problems& problems)
{
    const auto it = json.find(name);
    if (it == json.end()) {
        if constexpr (isOptional<T>) return true;
        return fail(problems, path.member(name), "is required");
    }
    ++found;
    return readValue(*it, path.member(name), member, problems);
}

template <class J, class T>
bool readObject(J& json, const PathLink& path, T& out, Problems& problems)
{
    if (!json.is_object()) return fail(problems, path, "must be an object");
    bool ok = true;
    std::size_t found = 0;
    std::apply(
        [&](const auto&... f) { ((ok &= readMember(json, path, f.name, out.*(f.member), found, problems)), ...); },
        T::fields());
    // Each member found is a distinct key, so an object with no more keys than that has no unknown one.
    if (found == json.size()) return ok;
    for (const auto& [key, _] : json.items()) {
        const bool known = std::apply([&](const auto&... f) { return ((f.name == key) || ...); }, T::fields());
        if (!known) ok = fail(problems, path.member(key), "is not a known field");
    }
    return ok;
}

template <class T>
bool readInteger(const Json& json, const PathLink& path, T& out, Problems& problems)
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

template <class J, class T>
bool readValue(J& json, const PathLink& path, T& out, Problems& problems)
{
    if constexpr (std::is_same_v<T, Json>) {
        if constexpr (!std::is_const_v<J>) out = std::move(json);
        else out = json;
        return true;
    } else if constexpr (isStringMap<T>) {
        if (!json.is_object()) return fail(problems, path, "must be an object");
        out.clear();
        bool ok = true;
        for (auto it = json.begin(); it != json.end(); ++it)
            ok &= readValue(*it, path.member(it.key()), out[it.key()], problems);
        return ok;
    } else if constexpr (isOptional<T>) {
        if (json.is_null()) {
            out.reset();
            return true;
        }
        typename T::value_type inner{};
        if (!readValue(json, path, inner, problems)) return false;
        out = std::move(inner);
        return true;
    } else if constexpr (isVector<T>) {
        if (!json.is_array()) return fail(problems, path, "must be a list");
        out.clear();
        out.resize(json.size());
        bool ok = true;
        for (std::size_t i = 0; i < json.size(); ++i) ok &= readValue(json[i], path.element(i), out[i], problems);
        return ok;
    } else if constexpr (Described<T>) {
        return readObject(json, path, out, problems);
    } else if constexpr (NamedEnum<T>) {
        const auto value = json.is_string() ? enumFromString<T>(textOf(json)) : std::nullopt;
        if (!value) return fail(problems, path, "must be one of " + allowedNames<T>());
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, Date>) {
        const auto value = json.is_string() ? Date::parse(textOf(json)) : std::nullopt;
        if (!value) return fail(problems, path, "must be a date like 2026-03-31");
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, Timestamp>) {
        const auto value = json.is_string() ? Timestamp::parse(textOf(json)) : std::nullopt;
        if (!value) return fail(problems, path, "must be a time like 2026-03-31T09:30:00.000Z");
        out = *value;
        return true;
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!json.is_string()) return fail(problems, path, "must be text");
        if constexpr (!std::is_const_v<J>) out = std::move(json.template get_ref<std::string&>());
        else out = textOf(json);
        return true;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!json.is_boolean()) return fail(problems, path, "must be true or false");
        out = json.template get<bool>();
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        return readInteger(json, path, out, problems);
    } else {
        static_assert(std::is_floating_point_v<T>, "type has no JSON mapping");
        if (!json.is_number()) return fail(problems, path, "must be a number");
        out = json.template get<T>();
        return true;
    }
}

} // namespace detail

// Reads the shape of a value; returns false (and records why, each problem
// with its path below `path`) when `json` does not have it. Rules are applied
// separately by `decode`.
template <class T>
bool readShape(const Json& json, const std::string& path, T& out, Problems& problems)
{
    const detail::PathLink root{.root = &path};
    return detail::readValue(json, root, out, problems);
}

// The same, moving free-form values and text out of `json` (left valid but unspecified).
template <class T>
bool readShape(Json&& json, const std::string& path, T& out, Problems& problems)
{
    const detail::PathLink root{.root = &path};
    return detail::readValue(json, root, out, problems);
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

// The same from a tree the caller no longer needs: values are moved out of it, not copied.
template <class T>
Decoded<T> decode(Json&& json, const std::string& path = "")
{
    Decoded<T> result;
    T value{};
    if (readShape(std::move(json), path, value, result.problems)) collectRuleProblems(value, path, result.problems);
    if (result.problems.empty()) result.value = std::move(value);
    return result;
}

} // namespace fv
