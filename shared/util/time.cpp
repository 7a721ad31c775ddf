#include "util/time.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace fv {
namespace {

using namespace std::chrono;

// Reads exactly `width` decimal digits at `pos`; the fixed widths are what
// make the formats unambiguous.
bool readDigits(std::string_view s, std::size_t pos, std::size_t width, int& out)
{
    if (pos + width > s.size()) return false;
    for (std::size_t i = pos; i < pos + width; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return std::from_chars(s.data() + pos, s.data() + pos + width, out).ec == std::errc{};
}

bool expectChar(std::string_view s, std::size_t pos, char c) { return pos < s.size() && s[pos] == c; }

// Writes `value` as exactly `width` decimal digits (zero-padded) at `out`. By hand rather than
// snprintf: every record carries several times, and formatting them showed in server profiles.
char* writeDigits(char* out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// `YYYY-MM-DD`; years outside 0000-9999 keep snprintf's form (a sign and more digits).
std::string dateText(const year_month_day& ymd)
{
    const int y = int(ymd.year());
    if (y < 0 || y > 9999) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, unsigned(ymd.month()), unsigned(ymd.day()));
        return buf;
    }
    std::string text(10, '-');
    writeDigits(text.data(), unsigned(y), 4);
    writeDigits(text.data() + 5, unsigned(ymd.month()), 2);
    writeDigits(text.data() + 8, unsigned(ymd.day()), 2);
    return text;
}

std::optional<year_month_day> readDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (!readDigits(s, 0, 4, y) || !expectChar(s, 4, '-') || !readDigits(s, 5, 2, m) || !expectChar(s, 7, '-') ||
        !readDigits(s, 8, 2, d))
        return std::nullopt;
    const year_month_day ymd{year{y}, month{unsigned(m)}, day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}

// Accepts `Z` or a `+HH:MM` / `-HH:MM` offset; returns the offset in minutes.
std::optional<int> readZone(std::string_view s)
{
    if (s == "Z") return 0;
    int h = 0, m = 0;
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || !readDigits(s, 1, 2, h) || !expectChar(s, 3, ':') ||
        !readDigits(s, 4, 2, m) || h > 23 || m > 59)
        return std::nullopt;
    return (s[0] == '-' ? -1 : 1) * (h * 60 + m);
}

} // namespace

Timestamp Timestamp::now()
{
    return {duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()};
}

std::optional<Timestamp> Timestamp::parse(std::string_view s)
{
    const auto date = readDate(s);
    int hh = 0, mm = 0, ss = 0, ms = 0;
    if (!date || !expectChar(s, 10, 'T') || !readDigits(s, 11, 2, hh) || !expectChar(s, 13, ':') ||
        !readDigits(s, 14, 2, mm) || !expectChar(s, 16, ':') || !readDigits(s, 17, 2, ss) || hh > 23 || mm > 59 ||
        ss > 59)
        return std::nullopt;
    std::size_t pos = 19;
    if (expectChar(s, pos, '.')) {
        if (!readDigits(s, pos + 1, 3, ms)) return std::nullopt;
        pos += 4;
    }
    const auto zone = readZone(s.substr(pos));
    if (!zone) return std::nullopt;
    const auto t = sys_days(*date) + hours(hh) + minutes(mm - *zone) + seconds(ss) + milliseconds(ms);
    return Timestamp{duration_cast<milliseconds>(t.time_since_epoch()).count()};
}

std::string Timestamp::toString() const
{
    const sys_time<milliseconds> t{milliseconds(msSinceEpoch)};
    const auto dayStart = floor<days>(t);
    const year_month_day ymd{dayStart};
    const hh_mm_ss hms{t - dayStart};
    std::string text = dateText(ymd) + "T00:00:00.000Z";
    char* time = text.data() + text.size() - 13; // the hour's first digit
    writeDigits(time, unsigned(hms.hours().count()), 2);
    writeDigits(time + 3, unsigned(hms.minutes().count()), 2);
    writeDigits(time + 6, unsigned(hms.seconds().count()), 2);
    writeDigits(time + 9, unsigned(hms.subseconds().count()), 3);
    return text;
}

std::optional<Date> Date::parse(std::string_view s)
{
    if (s.size() != 10) return std::nullopt;
    const auto ymd = readDate(s);
    if (!ymd) return std::nullopt;
    return Date{*ymd};
}

Date Date::fromTimestamp(Timestamp t, minutes utcOffset)
{
    const sys_time<milliseconds> local{milliseconds(t.msSinceEpoch) + utcOffset};
    return Date{year_month_day{floor<days>(local)}};
}

Date Date::localToday()
{
    const Timestamp now = Timestamp::now();
    const std::time_t seconds = std::time_t(now.msSinceEpoch / 1000);
    std::tm local{};
    localtime_r(&seconds, &local); // POSIX: GCC 12 has no std::chrono::current_zone
    return fromTimestamp(now, duration_cast<minutes>(std::chrono::seconds(local.tm_gmtoff)));
}

std::string Date::toString() const { return dateText(ymd); }

} // namespace fv
