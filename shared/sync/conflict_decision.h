#pragma once

#include "domain/enum_names.h"
#include "util/time.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace fv {

// How a reviewer settled a conflict (server/PROTOCOL.md, "Conflicts"): the server's side,
// the device's side, or a value of their own. The server decides it; the device learns it on
// its next sync and shows it with the conflict it reported.
enum class ConflictChoice { Server, Device, Value };

template <> struct EnumNames<ConflictChoice> {
    static constexpr EnumTable<ConflictChoice, 3> values{
        {{ConflictChoice::Server, "server"}, {ConflictChoice::Device, "device"}, {ConflictChoice::Value, "value"}}};
};

// What was decided, kept with the conflict on both ends.
struct ConflictResolution {
    ConflictChoice choice = ConflictChoice::Server;
    nlohmann::json value; // the value written
    std::string by;       // the reviewer's user id
    Timestamp at;
    std::int64_t version = 0; // the record's version that carries the decision

    bool operator==(const ConflictResolution&) const = default;
};

// One conflict the server kept for review (its id came in a push answer), as settled.
struct SettledConflict {
    std::int64_t id = 0;
    ConflictResolution resolution;
};

} // namespace fv
