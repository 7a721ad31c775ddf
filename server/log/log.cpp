#include "log/log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

namespace fv::server::log {

namespace {

std::atomic<Level> g_threshold{Level::Info};
std::mutex g_mutex;

std::string_view levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return "debug";
    case Level::Info:
        return "info";
    case Level::Warning:
        return "warning";
    case Level::Error:
        return "error";
    }
    return "?";
}

// UTC with milliseconds, the same shape as timestamps on the wire, so logs from server and
// devices line up.
std::string utcNow()
{
    const auto now = std::chrono::system_clock::now();
    const auto seconds = std::chrono::system_clock::to_time_t(now);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[32];
    const auto length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &parts);
    std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(millis));
    return text;
}

} // namespace

std::optional<Level> parseLevel(std::string_view name)
{
    for (const Level level : {Level::Debug, Level::Info, Level::Warning, Level::Error})
        if (levelName(level) == name) return level;
    return std::nullopt;
}

void setThreshold(Level level) { g_threshold.store(level, std::memory_order_relaxed); }

void write(Level level, std::string_view category, std::string_view message)
{
    if (level < g_threshold.load(std::memory_order_relaxed)) return;
    const std::string stamp = utcNow();
    const std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "%s %.*s %.*s: %.*s\n", stamp.c_str(), static_cast<int>(levelName(level).size()),
                 levelName(level).data(), static_cast<int>(category.size()), category.data(),
                 static_cast<int>(message.size()), message.data());
    std::fflush(stderr);
}

} // namespace fv::server::log
