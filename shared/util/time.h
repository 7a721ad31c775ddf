#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fv {

// A moment in UTC with millisecond precision. On the wire it is always the
// canonical `YYYY-MM-DDTHH:MM:SS.mmmZ`, which also sorts as text.
struct Timestamp {
    std::int64_t msSinceEpoch = 0;

    static Timestamp now();
    static std::optional<Timestamp> parse(std::string_view iso8601);
    std::string toString() const;

    auto operator<=>(const Timestamp&) const = default;
};

// A calendar day without a time zone (planned dates, due dates): `YYYY-MM-DD`.
struct Date {
    std::chrono::year_month_day ymd{};

    static std::optional<Date> parse(std::string_view isoDate);
    static Date fromTimestamp(Timestamp t, std::chrono::minutes utcOffset);
    // Today in this machine's time zone (the tablet's, for the app).
    static Date localToday();
    std::string toString() const;

    auto operator<=>(const Date& other) const { return std::chrono::sys_days(ymd) <=> std::chrono::sys_days(other.ymd); }
    bool operator==(const Date&) const = default;
};

} // namespace fv
