#pragma once

// Reading values back from our own tables. They were written valid, so a
// value that does not parse means the file was damaged or edited by hand:
// that is an error to report, never a default to fill in.

#include "domain/enum_names.h"
#include "json/codec.h"
#include "util/error.h"
#include "util/time.h"

#include <string>

namespace fv {

template <NamedEnum E>
E storedEnum(const std::string& text)
{
    if (const auto value = enumFromString<E>(text)) return *value;
    throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored value '" + text + "'");
}

inline Timestamp storedTimestamp(const std::string& text)
{
    if (const auto value = Timestamp::parse(text)) return *value;
    throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored time '" + text + "'");
}

// A value we stored as JSON text.
template <class T>
T storedJson(const std::string& text)
{
    auto decoded = decode<T>(Json::parse(text, nullptr, false));
    if (!decoded.ok()) throw Error(ErrorDomain::Store, "corrupt_value", "unreadable stored JSON: " + text.substr(0, 80));
    return std::move(*decoded.value);
}

} // namespace fv
