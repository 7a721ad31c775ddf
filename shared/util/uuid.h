#pragma once

#include <string>
#include <string_view>

namespace fv {

// Record ids are made on the device, offline, so they must never collide
// between devices and should sort by creation time: UUIDv7 (RFC 9562) gives
// both — 48 bits of Unix milliseconds, then random bits.
std::string newUuidV7();

// True for the canonical lowercase 8-4-4-4-12 hex form of any UUID version.
bool isUuid(std::string_view text);

} // namespace fv
