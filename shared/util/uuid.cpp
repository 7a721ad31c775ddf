#include "util/uuid.h"

#include "util/time.h"

#include <array>
#include <cstdint>
#include <mutex>
#include <random>

namespace fv {
namespace {

// Monotonic within one process even when several ids share a millisecond:
// the 12-bit `rand_a` field is used as a counter (RFC 9562, method 1).
struct Generator {
    std::mutex mutex;
    std::mt19937_64 random{std::random_device{}()};
    std::int64_t lastMs = -1;
    std::uint16_t counter = 0;

    std::array<std::uint8_t, 16> next()
    {
        std::lock_guard lock(mutex);
        std::int64_t ms = Timestamp::now().msSinceEpoch;
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) { // counter exhausted: borrow the next millisecond
                ++ms;
                counter = 0;
            }
        } else {
            counter = std::uint16_t(random() & 0x03FF); // leave room to count up
        }
        lastMs = ms;

        std::array<std::uint8_t, 16> b{};
        for (int i = 0; i < 6; ++i) b[i] = std::uint8_t(std::uint64_t(ms) >> (40 - 8 * i));
        b[6] = std::uint8_t(0x70 | (counter >> 8));
        b[7] = std::uint8_t(counter & 0xFF);
        const std::uint64_t r = random();
        for (int i = 8; i < 16; ++i) b[i] = std::uint8_t(r >> (8 * (i - 8)));
        b[8] = std::uint8_t(0x80 | (b[8] & 0x3F)); // RFC 4122 variant
        return b;
    }
};

} // namespace

std::string newUuidV7()
{
    static Generator generator;
    const auto bytes = generator.next();
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0xF];
    }
    return out;
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const char c = s[i];
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

} // namespace fv
